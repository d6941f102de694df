with

source as (
    {{ union_practices('adjustment') }}
),

final as (
    select
        practice_id,
        "AdjNum" as adjustment_id,
        nullif("PatNum", 0) as patient_id,
        nullif("ProvNum", 0) as provider_id,
        nullif("ClinicNum", 0) as clinic_id,
        nullif("ProcNum", 0) as procedure_id,
        nullif("AdjType", 0) as adjustment_type_id,

        {{ to_dollars('"AdjAmt"') }} as adjustment_amount,

        {{ clean_date('"AdjDate"') }} as adjustment_date,
        {{ clean_date('"ProcDate"') }} as procedure_date,
        {{ clean_date('"DateEntry"') }} as entry_date,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
