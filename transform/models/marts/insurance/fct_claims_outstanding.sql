with

claims as (
    select * from {{ ref('stg_opendental__claims') }}
),

insurance_plans as (
    select * from {{ ref('stg_opendental__insurance_plans') }}
),

carriers as (
    select * from {{ ref('stg_opendental__carriers') }}
),

patients as (
    select * from {{ ref('stg_opendental__patients') }}
),

-- Only claims OpenDental marked Sent: Probably Sent and Hold for In Process are other lists.
sent_claims as (
    select
        claims.*,
        carriers.carrier_id,
        carriers.carrier_name
    from claims
    inner join insurance_plans
        on claims.practice_id = insurance_plans.practice_id
        and claims.insurance_plan_id = insurance_plans.insurance_plan_id
        and not insurance_plans.is_deleted
    inner join carriers
        on insurance_plans.practice_id = carriers.practice_id
        and insurance_plans.carrier_id = carriers.carrier_id
        and not carriers.is_deleted
    inner join patients
        on claims.practice_id = patients.practice_id
        and claims.patient_id = patients.patient_id
        and not patients.is_deleted
    where claims.claim_status = 'Sent'
        and not claims.is_deleted
        {% if var('outstanding_claims_preauths') == 'exclude' -%}
        and claims.claim_type <> 'PreAuth'
        {%- elif var('outstanding_claims_preauths') == 'only' -%}
        and claims.claim_type = 'PreAuth'
        {%- endif %}
),

aged as (
    select
        *,
        {{ as_of_date() }} - sent_date as days_since_sent
    from sent_claims
),

final as (
    select
        practice_id,
        claim_id,
        patient_id,
        treating_provider_id as provider_id,
        clinic_id,
        insurance_plan_id,
        carrier_id,
        carrier_name,
        claim_type,
        service_date,
        sent_date,
        first_sent_date,
        {{ as_of_date() }} as as_of_date,
        days_since_sent,
        case
            when days_since_sent <= 30 then '0-30'
            when days_since_sent <= 60 then '31-60'
            when days_since_sent <= 90 then '61-90'
            else '90+'
        end as age_bucket,
        claim_fee,
        insurance_payment_estimate
    from aged
)

select * from final
