with

source as (
    {{ union_practices('provider') }}
),

final as (
    select
        practice_id,
        "ProvNum" as provider_id,
        nullif("FeeSched", 0) as fee_schedule_id,
        nullif("Specialty", 0) as specialty_id,

        "Abbr" as abbreviation,
        "LName" as last_name,
        "FName" as first_name,
        "MI" as middle_initial,
        "Suffix" as suffix,
        {{ optional_column('provider', 'PreferredName', "''") }} as preferred_name,
        "NationalProvID" as national_provider_id,
        "ItemOrder" as display_order,
        "IsSecondary" = 1 as is_hygienist,
        "IsHidden" = 1 as is_hidden,
        "IsHiddenReport" = 1 as is_hidden_on_reports,
        "IsNotPerson" = 1 as is_not_person,
        {{ to_dollars(optional_column('provider', 'HourlyProdGoalAmt', '0')) }}
            as hourly_production_goal,

        {{ clean_date(optional_column('provider', 'DateTerm', 'null::date')) }} as terminated_date,
        "DateTStamp" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
