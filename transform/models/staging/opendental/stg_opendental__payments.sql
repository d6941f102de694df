with

source as (
    {{ union_practices('payment') }}
),

final as (
    select
        practice_id,
        "PayNum" as payment_id,
        nullif("PatNum", 0) as patient_id,
        nullif("ClinicNum", 0) as clinic_id,
        nullif("PayType", 0) as payment_type_id,
        nullif("DepositNum", 0) as deposit_id,

        {{ to_dollars('"PayAmt"') }} as payment_amount,
        "CheckNum" as check_number,
        "IsSplit" = 1 as is_split,
        "IsRecurringCC" = 1 as is_recurring_credit_card,

        {{ clean_date('"PayDate"') }} as payment_date,
        {{ clean_date('"DateEntry"') }} as entry_date,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
