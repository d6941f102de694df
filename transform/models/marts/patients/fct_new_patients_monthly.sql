with

new_patients as (
    select * from {{ ref('fct_new_patients') }}
),

monthly as (
    select
        practice_id,
        first_visit_month_start_date as month_start_date,
        count(*) as new_patients,
        count(*) filter (where has_insurance) as new_patients_with_insurance,
        count(*) filter (where referral_id is not null) as new_patients_referred,
        sum(production) as production
    from new_patients
    group by 1, 2
),

final as (
    select * from monthly
)

select * from final
