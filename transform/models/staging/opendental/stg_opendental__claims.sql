with

source as (
    {{ union_practices('claim') }}
),

final as (
    select
        practice_id,
        "ClaimNum" as claim_id,
        nullif("PatNum", 0) as patient_id,
        nullif("PlanNum", 0) as insurance_plan_id,
        nullif("InsSubNum", 0) as insurance_subscription_id,
        nullif("ProvTreat", 0) as treating_provider_id,
        nullif("ProvBill", 0) as billing_provider_id,
        nullif("ClinicNum", 0) as clinic_id,

        case "ClaimStatus"
            when 'U' then 'Unsent'
            when 'H' then 'Hold'
            when 'W' then 'WaitingToSend'
            when 'P' then 'ProbablySent'
            when 'S' then 'Sent'
            when 'R' then 'Received'
            when 'I' then 'HoldForInProcess'
        end as claim_status,
        case "ClaimType"
            when 'P' then 'Primary'
            when 'S' then 'Secondary'
            when 'PreAuth' then 'PreAuth'
            when 'Other' then 'Other'
            when 'Cap' then 'Capitation'
        end as claim_type,
        {{ to_dollars('"ClaimFee"') }} as claim_fee,
        {{ to_dollars('"InsPayEst"') }} as insurance_payment_estimate,
        {{ to_dollars('"InsPayAmt"') }} as insurance_paid_amount,
        {{ to_dollars('"DedApplied"') }} as deductible_applied,
        {{ to_dollars('"WriteOff"') }} as writeoff_amount,

        {{ clean_date('"DateService"') }} as service_date,
        {{ clean_date('"DateSent"') }} as sent_date,
        {{ clean_date('"DateSentOrig"') }} as first_sent_date,
        {{ clean_date('"DateReceived"') }} as received_date,
        {{ clean_date('"SecDateEntry"') }} as created_date,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
