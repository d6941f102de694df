with

claims as (
    select * from {{ ref('stg_opendental__claims') }}
),

claim_procedures as (
    select * from {{ ref('stg_opendental__claim_procedures') }}
),

procedures as (
    select * from {{ ref('stg_opendental__procedures') }}
),

procedure_codes as (
    select * from {{ ref('stg_opendental__procedure_codes') }}
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

unsent_claims as (
    select
        claims.*,
        carriers.carrier_name
    from claims
    inner join patients
        on claims.practice_id = patients.practice_id
        and claims.patient_id = patients.patient_id
        and not patients.is_deleted
    inner join insurance_plans
        on claims.practice_id = insurance_plans.practice_id
        and claims.insurance_plan_id = insurance_plans.insurance_plan_id
        and not insurance_plans.is_deleted
    inner join carriers
        on insurance_plans.practice_id = carriers.practice_id
        and insurance_plans.carrier_id = carriers.carrier_id
        and not carriers.is_deleted
    where claims.claim_status in ('Unsent', 'Hold', 'WaitingToSend', 'HoldForInProcess')
        and not claims.is_deleted
),

-- A claim is listed only through its procedures: one without any is not on the report.
claim_codes as (
    select
        claim_procedures.practice_id,
        claim_procedures.claim_id,
        count(*) as procedure_count,
        string_agg(procedure_codes.procedure_code, ', ' order by procedure_codes.procedure_code)
            as procedure_codes
    from claim_procedures
    inner join unsent_claims
        on claim_procedures.practice_id = unsent_claims.practice_id
        and claim_procedures.claim_id = unsent_claims.claim_id
    inner join procedures
        on claim_procedures.practice_id = procedures.practice_id
        and claim_procedures.procedure_id = procedures.procedure_id
        and not procedures.is_deleted
    inner join procedure_codes
        on procedures.practice_id = procedure_codes.practice_id
        and procedures.procedure_code_id = procedure_codes.procedure_code_id
        and not procedure_codes.is_deleted
    where not claim_procedures.is_deleted
    group by 1, 2
),

final as (
    select
        unsent_claims.practice_id,
        unsent_claims.claim_id,
        unsent_claims.patient_id,
        unsent_claims.treating_provider_id as provider_id,
        unsent_claims.clinic_id,
        unsent_claims.insurance_plan_id,
        unsent_claims.carrier_name,
        unsent_claims.claim_type,
        unsent_claims.claim_status,
        unsent_claims.service_date,
        unsent_claims.claim_fee,
        claim_codes.procedure_count,
        claim_codes.procedure_codes
    from unsent_claims
    inner join claim_codes
        on unsent_claims.practice_id = claim_codes.practice_id
        and unsent_claims.claim_id = claim_codes.claim_id
)

select * from final
