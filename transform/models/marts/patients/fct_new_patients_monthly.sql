with

patients as (
    select * from {{ ref('dim_patients') }}
),

new_patients as (
    select
        practice_id,
        date_trunc('month', first_visit_date)::date as month_start_date,
        count(*) as new_patients,
        count(*) filter (where has_insurance) as new_patients_with_insurance
    from patients
    where first_visit_date is not null
    group by 1, 2
),

final as (
    select * from new_patients
)

select * from final
