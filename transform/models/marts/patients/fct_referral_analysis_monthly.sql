with

referral_attachments as (
    select * from {{ ref('stg_opendental__referral_attachments') }}
),

procedures as (
    select * from {{ ref('stg_opendental__procedures') }}
),

procedure_codes as (
    select * from {{ ref('stg_opendental__procedure_codes') }}
),

-- Each patient once per source that referred them.
referred_patients as (
    select distinct
        practice_id,
        referral_id,
        patient_id
    from referral_attachments
    where referral_type = 'ReferredFrom'
        and not is_deleted
),

-- Completed work per patient and month; missed and cancelled appointment charges are not.
patient_months as (
    select
        procedures.practice_id,
        procedures.patient_id,
        date_trunc('month', procedures.procedure_date)::date as month_start_date,
        sum(procedures.procedure_fee * (procedures.unit_quantity + procedures.base_units))
            as production
    from procedures
    inner join procedure_codes
        on procedures.practice_id = procedure_codes.practice_id
        and procedures.procedure_code_id = procedure_codes.procedure_code_id
        and procedure_codes.procedure_code not in ('D9986', 'D9987')
    where procedures.procedure_status = 'Complete'
        and procedures.procedure_date <= {{ as_of_date() }}
        and not procedures.is_deleted
    group by 1, 2, 3
),

final as (
    select
        referred_patients.practice_id,
        referred_patients.referral_id,
        patient_months.month_start_date,
        count(distinct referred_patients.patient_id) as patients,
        sum(patient_months.production) as production
    from referred_patients
    inner join patient_months
        on referred_patients.practice_id = patient_months.practice_id
        and referred_patients.patient_id = patient_months.patient_id
    group by 1, 2, 3
)

select * from final
