with

source as (
    {{ union_practices('paysplit') }}
),

final as (
    select
        practice_id,
        "SplitNum" as payment_split_id,
        nullif("PayNum", 0) as payment_id,
        nullif("PatNum", 0) as patient_id,
        nullif("ProvNum", 0) as provider_id,
        nullif("ClinicNum", 0) as clinic_id,
        nullif("ProcNum", 0) as procedure_id,
        nullif("AdjNum", 0) as adjustment_id,
        nullif("PayPlanNum", 0) as payment_plan_id,
        nullif("UnearnedType", 0) as unearned_type_id,
        nullif("FSplitNum", 0) as parent_payment_split_id,

        {{ to_dollars('"SplitAmt"') }} as split_amount,
        "IsDiscount" = 1 as is_discount,

        {{ clean_date('"DatePay"') }} as payment_date,
        {{ clean_date('"ProcDate"') }} as procedure_date,
        {{ clean_date('"DateEntry"') }} as entry_date,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
