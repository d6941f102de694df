with

patients as (
    select * from {{ ref('stg_opendental__patients') }}
),

patient_visits as (
    select * from {{ ref('int_procedures_aggregated_to_patients') }}
),

final as (
    select
        patients.practice_id,
        patients.patient_id,
        patients.guarantor_id,
        patients.patient_id = patients.guarantor_id as is_guarantor,
        patients.primary_provider_id,
        patients.secondary_provider_id,
        patients.clinic_id,
        patients.first_name,
        patients.last_name,
        patients.preferred_name,
        patients.patient_status,
        patients.gender,
        patients.marital_status,
        patients.birth_date,
        extract(year from age({{ as_of_date() }}, patients.birth_date))::integer as age_years,
        patients.city,
        patients.state,
        patients.zip_code,
        patients.has_insurance,
        patients.created_date,
        patients.first_visit_date as recorded_first_visit_date,
        patient_visits.first_visit_date,
        patient_visits.last_visit_date,
        coalesce(patient_visits.visit_count, 0) as visit_count,
        coalesce(patient_visits.completed_procedure_count, 0) as completed_procedure_count,
        coalesce(patient_visits.gross_production, 0) as lifetime_gross_production
    from patients
    left join patient_visits
        on patients.practice_id = patient_visits.practice_id
        and patients.patient_id = patient_visits.patient_id
    where not patients.is_deleted
)

select * from final
