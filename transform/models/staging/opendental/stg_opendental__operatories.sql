with

source as (
    {{ union_practices('operatory') }}
),

final as (
    select
        practice_id,
        "OperatoryNum" as operatory_id,
        nullif("ProvDentist", 0) as dentist_id,
        nullif("ProvHygienist", 0) as hygienist_id,
        nullif("ClinicNum", 0) as clinic_id,

        "OpName" as operatory_name,
        "Abbrev" as abbreviation,
        "ItemOrder" as display_order,
        "IsHygiene" = 1 as is_hygiene,
        "IsHidden" = 1 as is_hidden,
        {{ optional_column('operatory', 'IsWebSched', '0') }} = 1 as is_web_sched,
        {{ optional_column('operatory', 'IsNewPatAppt', '0') }} = 1 as is_new_patient_only,
        "DateTStamp" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
