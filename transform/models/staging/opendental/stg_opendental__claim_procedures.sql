with

source as (
    {{ union_practices('claimproc') }}
),

final as (
    select
        practice_id,
        "ClaimProcNum" as claim_procedure_id,
        nullif("ProcNum", 0) as procedure_id,
        nullif("ClaimNum", 0) as claim_id,
        nullif("PatNum", 0) as patient_id,
        nullif("ProvNum", 0) as provider_id,
        nullif("ClinicNum", 0) as clinic_id,
        nullif("ClaimPaymentNum", 0) as claim_payment_id,
        nullif("PlanNum", 0) as insurance_plan_id,
        nullif("InsSubNum", 0) as insurance_subscription_id,
        nullif("PayPlanNum", 0) as payment_plan_id,

        case "Status"
            when 0 then 'NotReceived'
            when 1 then 'Received'
            when 2 then 'Preauth'
            when 3 then 'Adjustment'
            when 4 then 'Supplemental'
            when 5 then 'CapClaim'
            when 6 then 'Estimate'
            when 7 then 'CapComplete'
            when 8 then 'CapEstimate'
            when 9 then 'InsHist'
        end as claim_procedure_status,
        {{ to_dollars('"FeeBilled"') }} as fee_billed,
        {{ to_dollars('"InsPayEst"') }} as insurance_payment_estimate,
        {{ to_dollars('"InsPayAmt"') }} as insurance_paid_amount,
        {{ to_dollars('"DedApplied"') }} as deductible_applied,
        {{ to_dollars('"WriteOff"') }} as writeoff_amount,
        {{ to_dollars('"WriteOffEst"') }} as writeoff_estimate,
        {{ to_dollars('"WriteOffEstOverride"') }} as writeoff_estimate_override,
        {{ optional_column('claimproc', 'IsTransfer', '0') }} = 1 as is_transfer,
        {{ optional_column('claimproc', 'IsOverpay', '0') }} = 1 as is_overpayment,
        "NoBillIns" = 1 as is_not_billed_to_insurance,

        {{ clean_date('"DateCP"') }} as payment_date,
        {{ clean_date('"ProcDate"') }} as procedure_date,
        {{ clean_date('"DateEntry"') }} as entry_date,
        {{ clean_date(optional_column('claimproc', 'DateInsFinalized', 'null::date')) }}
            as insurance_finalized_date,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
