with

procedures as (
    select * from {{ ref('stg_opendental__procedures') }}
),

completed_procedures as (
    select * from procedures
    where procedure_status = 'Complete'
        and not is_deleted
        and patient_id is not null
),

final as (
    select
        practice_id,
        patient_id,
        min(procedure_date) as first_visit_date,
        max(procedure_date) as last_visit_date,
        count(distinct procedure_date) as visit_count,
        count(*) as completed_procedure_count,
        sum(round(procedure_fee * (unit_quantity + base_units), 2)) as gross_production
    from completed_procedures
    group by practice_id, patient_id
)

select * from final
