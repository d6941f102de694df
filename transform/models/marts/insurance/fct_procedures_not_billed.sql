with

procedures as (
    select * from {{ ref('stg_opendental__procedures') }}
),

claim_procedures as (
    select * from {{ ref('stg_opendental__claim_procedures') }}
),

insurance_plans as (
    select * from {{ ref('stg_opendental__insurance_plans') }}
),

patient_plans as (
    select * from {{ ref('stg_opendental__patient_plans') }}
),

patients as (
    select * from {{ ref('stg_opendental__patients') }}
),

insured_patients as (
    select distinct practice_id, patient_id
    from patient_plans
    where not is_deleted
),

completed_procedures as (
    select procedures.*
    from procedures
    inner join patients
        on procedures.practice_id = patients.practice_id
        and procedures.patient_id = patients.patient_id
        and not patients.is_deleted
    inner join insured_patients
        on procedures.practice_id = insured_patients.practice_id
        and procedures.patient_id = insured_patients.patient_id
    where procedures.procedure_status = 'Complete'
        and procedures.procedure_fee > 0
        and procedures.procedure_date <= {{ as_of_date() }}
        and not procedures.is_deleted
),

-- A procedure is not billed while an estimate to bill a dental plan still stands for it: an
-- estimate not marked do-not-bill, on a plan that is not medical (an estimate on a plan no
-- longer found does not count).
unbilled_estimates as (
    select
        claim_procedures.practice_id,
        claim_procedures.procedure_id
    from claim_procedures
    left join insurance_plans
        on claim_procedures.practice_id = insurance_plans.practice_id
        and claim_procedures.insurance_plan_id = insurance_plans.insurance_plan_id
        and not insurance_plans.is_deleted
    where claim_procedures.claim_procedure_status = 'Estimate'
        and not claim_procedures.is_not_billed_to_insurance
        and not claim_procedures.is_deleted
    group by 1, 2
    having not bool_and(insurance_plans.is_medical)
),

final as (
    select
        completed_procedures.practice_id,
        completed_procedures.procedure_id,
        completed_procedures.patient_id,
        completed_procedures.provider_id,
        completed_procedures.clinic_id,
        completed_procedures.procedure_code_id,
        completed_procedures.procedure_date,
        {{ as_of_date() }} as as_of_date,
        completed_procedures.procedure_fee
        * (completed_procedures.unit_quantity + completed_procedures.base_units) as procedure_fee
    from completed_procedures
    inner join unbilled_estimates
        on completed_procedures.practice_id = unbilled_estimates.practice_id
        and completed_procedures.procedure_id = unbilled_estimates.procedure_id
)

select * from final
