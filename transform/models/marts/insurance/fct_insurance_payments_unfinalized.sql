with

claim_payments as (
    select * from {{ ref('stg_opendental__claim_payments') }}
),

claim_procedures as (
    select * from {{ ref('stg_opendental__claim_procedures') }}
),

insurance_plans as (
    select * from {{ ref('stg_opendental__insurance_plans') }}
),

carriers as (
    select * from {{ ref('stg_opendental__carriers') }}
),

live_claim_procedures as (
    select * from claim_procedures
    where not is_deleted
),

-- An insurance check entered but not finished: its amount, whatever is attached to it yet.
partial_payments as (
    select
        claim_payments.practice_id,
        'PartialPayment' as payment_type,
        claim_payments.claim_payment_id,
        null::bigint as claim_id,
        max(live_claim_procedures.patient_id) as patient_id,
        count(distinct live_claim_procedures.patient_id) as patient_count,
        claim_payments.clinic_id,
        claim_payments.carrier_name,
        claim_payments.check_date as payment_date,
        max(live_claim_procedures.procedure_date) as service_date,
        claim_payments.check_amount as amount
    from claim_payments
    left join live_claim_procedures
        on claim_payments.practice_id = live_claim_procedures.practice_id
        and claim_payments.claim_payment_id = live_claim_procedures.claim_payment_id
    where claim_payments.is_partial
        and not claim_payments.is_deleted
    group by 1, 2, 3, 4, 7, 8, 9, 11
),

-- Insurance paid on a claim's procedures that no check (claim payment) carries yet.
unattached_payments as (
    select
        live_claim_procedures.practice_id,
        'UnfinalizedPayment' as payment_type,
        null::bigint as claim_payment_id,
        live_claim_procedures.claim_id,
        max(live_claim_procedures.patient_id) as patient_id,
        1 as patient_count,
        max(live_claim_procedures.clinic_id) as clinic_id,
        max(carriers.carrier_name) as carrier_name,
        max(live_claim_procedures.payment_date) as payment_date,
        max(live_claim_procedures.procedure_date) as service_date,
        sum(live_claim_procedures.insurance_paid_amount) as amount
    from live_claim_procedures
    inner join insurance_plans
        on live_claim_procedures.practice_id = insurance_plans.practice_id
        and live_claim_procedures.insurance_plan_id = insurance_plans.insurance_plan_id
        and not insurance_plans.is_deleted
    inner join carriers
        on insurance_plans.practice_id = carriers.practice_id
        and insurance_plans.carrier_id = carriers.carrier_id
        and not carriers.is_deleted
    where live_claim_procedures.claim_payment_id is null
        and live_claim_procedures.insurance_paid_amount <> 0
        and live_claim_procedures.claim_procedure_status in ('Received', 'Supplemental', 'CapClaim')
        and not live_claim_procedures.is_transfer
    group by 1, 2, 3, 4
),

final as (
    select * from partial_payments
    union all
    select * from unattached_payments
)

select * from final
