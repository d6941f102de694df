with

source as (
    {{ union_practices('claimpayment') }}
),

final as (
    select
        practice_id,
        "ClaimPaymentNum" as claim_payment_id,
        nullif("ClinicNum", 0) as clinic_id,
        nullif("DepositNum", 0) as deposit_id,
        nullif("PayType", 0) as payment_type_id,
        nullif("PayGroup", 0) as payment_group_id,

        "CarrierName" as carrier_name,
        "CheckNum" as check_number,
        {{ to_dollars('"CheckAmt"') }} as check_amount,
        "IsPartial" = 1 as is_partial,

        {{ clean_date('"CheckDate"') }} as check_date,
        {{ clean_date('"DateIssued"') }} as issued_date,
        {{ clean_date('"SecDateEntry"') }} as created_date,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
