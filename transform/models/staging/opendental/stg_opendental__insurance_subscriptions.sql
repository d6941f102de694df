with

source as (
    {{ union_practices('inssub') }}
),

final as (
    select
        practice_id,
        "InsSubNum" as insurance_subscription_id,
        nullif("PlanNum", 0) as insurance_plan_id,
        nullif("Subscriber", 0) as subscriber_patient_id,

        "ReleaseInfo" = 1 as is_release_of_information_signed,
        "AssignBen" = 1 as is_benefit_assigned,

        {{ clean_date('"DateEffective"') }} as effective_date,
        {{ clean_date('"DateTerm"') }} as terminated_date,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
