with

claims as (
    select * from {{ ref('stg_opendental__claims') }}
),

outstanding_claims as (
    select
        *,
        {{ as_of_date() }} - coalesce(sent_date, service_date) as days_outstanding
    from claims
    where claim_status <> 'Received'
        and claim_type <> 'PreAuth'
        and not is_deleted
),

final as (
    select
        practice_id,
        claim_id,
        patient_id,
        treating_provider_id as provider_id,
        clinic_id,
        insurance_plan_id,
        claim_type,
        claim_status,
        claim_status in ('Sent', 'ProbablySent') as is_sent,
        service_date,
        sent_date,
        {{ as_of_date() }} as as_of_date,
        days_outstanding,
        case
            when days_outstanding <= 30 then '0-30'
            when days_outstanding <= 60 then '31-60'
            when days_outstanding <= 90 then '61-90'
            else '90+'
        end as age_bucket,
        claim_fee,
        insurance_payment_estimate
    from outstanding_claims
)

select * from final
