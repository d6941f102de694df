with

source as (
    {{ union_practices('payplan') }}
),

final as (
    select
        practice_id,
        "PayPlanNum" as payment_plan_id,
        nullif("PatNum", 0) as patient_id,
        nullif("Guarantor", 0) as guarantor_id,
        nullif("PlanNum", 0) as insurance_plan_id,
        nullif("InsSubNum", 0) as insurance_subscription_id,
        nullif("PlanCategory", 0) as plan_category_id,

        {{ clean_date('"PayPlanDate"') }} as payment_plan_date,
        {{ clean_date('"DatePayPlanStart"') }} as start_date,
        "APR" as annual_percentage_rate,
        {{ to_dollars('"CompletedAmt"') }} as completed_amount,
        {{ to_dollars('"PayAmt"') }} as payment_amount,
        {{ to_dollars('"DownPayment"') }} as down_payment_amount,
        "NumberOfPayments" as number_of_payments,
        "IsClosed" = 1 as is_closed,
        "IsDynamic" = 1 as is_dynamic,
        "IsLocked" = 1 as is_locked,
        "Note" as note,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
