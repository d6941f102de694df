with

source as (
    {{ union_practices('fee') }}
),

final as (
    select
        practice_id,
        "FeeNum" as fee_id,
        nullif("FeeSched", 0) as fee_schedule_id,
        nullif("CodeNum", 0) as procedure_code_id,
        nullif("ClinicNum", 0) as clinic_id,
        nullif("ProvNum", 0) as provider_id,

        {{ to_dollars('"Amount"') }} as fee_amount,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
