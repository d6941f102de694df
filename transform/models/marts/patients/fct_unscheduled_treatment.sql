with

procedures as (
    select * from {{ ref('stg_opendental__procedures') }}
),

patients as (
    select * from {{ ref('stg_opendental__patients') }}
),

appointments as (
    select * from {{ ref('stg_opendental__appointments') }}
),

patient_plans as (
    select * from {{ ref('stg_opendental__patient_plans') }}
),

insurance_subscriptions as (
    select * from {{ ref('stg_opendental__insurance_subscriptions') }}
),

insurance_plans as (
    select * from {{ ref('stg_opendental__insurance_plans') }}
),

carriers as (
    select * from {{ ref('stg_opendental__carriers') }}
),

claim_procedures as (
    select * from {{ ref('stg_opendental__claim_procedures') }}
),

active_patients as (
    select *
    from patients
    where patient_status = 'Patient'
        and not is_deleted
),

booked_patients as (
    select distinct practice_id, patient_id
    from appointments
    where appointment_status = 'Scheduled'
        and scheduled_at >= {{ as_of_date() }}
        and not is_deleted
),

-- Treatment planned for patients with no appointment booked from the as-of date on.
planned as (
    select
        procedures.practice_id,
        procedures.patient_id,
        sum(procedures.procedure_fee * (procedures.unit_quantity + procedures.base_units))
            as planned_amount
    from procedures
    inner join active_patients
        on procedures.practice_id = active_patients.practice_id
        and procedures.patient_id = active_patients.patient_id
    left join booked_patients
        on procedures.practice_id = booked_patients.practice_id
        and procedures.patient_id = booked_patients.patient_id
    where procedures.procedure_status = 'TreatmentPlanned'
        and booked_patients.patient_id is null
        and not procedures.is_deleted
    group by 1, 2
    having sum(procedures.procedure_fee * (procedures.unit_quantity + procedures.base_units)) > 0
),

-- Insurance of the listed patients in the benefit year that holds the as-of date (a calendar
-- year): paid (received, benefit adjustments, supplemental) and still expected (not received).
benefit_year_lines as (
    select
        claim_procedures.*,
        case
            when claim_procedures.claim_procedure_status = 'NotReceived'
                and claim_procedures.insurance_paid_amount = 0
                then claim_procedures.insurance_payment_estimate
            else 0
        end as pending_amount,
        case
            when claim_procedures.claim_procedure_status in ('Received', 'Adjustment', 'Supplemental')
                then claim_procedures.insurance_paid_amount
            else 0
        end as used_amount
    from claim_procedures
    inner join planned
        on claim_procedures.practice_id = planned.practice_id
        and claim_procedures.patient_id = planned.patient_id
    where claim_procedures.claim_procedure_status
        in ('NotReceived', 'Received', 'Adjustment', 'Supplemental')
        and claim_procedures.procedure_date
        between date_trunc('year', {{ as_of_date() }})::date
        and (date_trunc('year', {{ as_of_date() }}) + interval '1 year' - interval '1 day')::date
        and not claim_procedures.is_deleted
),

individual_benefits as (
    select
        patient_plans.practice_id,
        patient_plans.patient_plan_id,
        sum(benefit_year_lines.pending_amount) as pending_amount,
        sum(benefit_year_lines.used_amount) as used_amount
    from benefit_year_lines
    inner join patient_plans
        on benefit_year_lines.practice_id = patient_plans.practice_id
        and benefit_year_lines.patient_id = patient_plans.patient_id
        and benefit_year_lines.insurance_subscription_id = patient_plans.insurance_subscription_id
        and not patient_plans.is_deleted
    group by 1, 2
),

family_benefits as (
    select
        practice_id,
        insurance_subscription_id,
        sum(pending_amount) as pending_amount,
        sum(used_amount) as used_amount
    from benefit_year_lines
    group by 1, 2
),

final as (
    select
        planned.practice_id,
        planned.patient_id,
        patient_plans.patient_plan_id,
        patient_plans.insurance_subscription_id,
        insurance_subscriptions.insurance_plan_id,
        coalesce(carriers.carrier_name, '') as carrier_name,
        active_patients.clinic_id,
        active_patients.primary_provider_id,
        {{ as_of_date() }} as as_of_date,
        planned.planned_amount,
        coalesce(individual_benefits.used_amount, 0) as individual_used_amount,
        coalesce(individual_benefits.pending_amount, 0) as individual_pending_amount,
        coalesce(family_benefits.used_amount, 0) as family_used_amount,
        coalesce(family_benefits.pending_amount, 0) as family_pending_amount
    from planned
    inner join active_patients
        on planned.practice_id = active_patients.practice_id
        and planned.patient_id = active_patients.patient_id
    left join patient_plans
        on planned.practice_id = patient_plans.practice_id
        and planned.patient_id = patient_plans.patient_id
        and not patient_plans.is_deleted
    left join insurance_subscriptions
        on patient_plans.practice_id = insurance_subscriptions.practice_id
        and patient_plans.insurance_subscription_id
        = insurance_subscriptions.insurance_subscription_id
        and not insurance_subscriptions.is_deleted
    left join insurance_plans
        on insurance_subscriptions.practice_id = insurance_plans.practice_id
        and insurance_subscriptions.insurance_plan_id = insurance_plans.insurance_plan_id
        and not insurance_plans.is_deleted
    left join carriers
        on insurance_plans.practice_id = carriers.practice_id
        and insurance_plans.carrier_id = carriers.carrier_id
        and not carriers.is_deleted
    left join individual_benefits
        on patient_plans.practice_id = individual_benefits.practice_id
        and patient_plans.patient_plan_id = individual_benefits.patient_plan_id
    left join family_benefits
        on patient_plans.practice_id = family_benefits.practice_id
        and patient_plans.insurance_subscription_id = family_benefits.insurance_subscription_id
)

select * from final
