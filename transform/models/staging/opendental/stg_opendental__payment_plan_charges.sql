with

source as (
    {{ union_practices('payplancharge') }}
),

final as (
    select
        practice_id,
        "PayPlanChargeNum" as payment_plan_charge_id,
        nullif("PayPlanNum", 0) as payment_plan_id,
        nullif("Guarantor", 0) as guarantor_id,
        nullif("PatNum", 0) as patient_id,
        nullif("ProvNum", 0) as provider_id,
        nullif("ClinicNum", 0) as clinic_id,
        nullif("ProcNum", 0) as procedure_id,
        nullif("StatementNum", 0) as statement_id,

        case "ChargeType"
            when 0 then 'Debit'
            when 1 then 'Credit'
        end as charge_type,
        {{ clean_date('"ChargeDate"') }} as charge_date,
        {{ to_dollars('"Principal"') }} as principal_amount,
        {{ to_dollars('"Interest"') }} as interest_amount,
        "IsOffset" = 1 as is_offset,
        "Note" as note,
        {{ clean_timestamp('"SecDateTEntry"') }} as created_at,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
