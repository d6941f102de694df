with

daily as (
    select * from {{ ref('fct_production_income_daily') }}
),

monthly as (
    select
        practice_id,
        month_start_date,
        provider_id,
        clinic_id,
        sum(production) as production,
        sum(scheduled_production) as scheduled_production,
        sum(adjustments) as adjustments,
        sum(writeoffs) as writeoffs,
        sum(total_production) as total_production,
        sum(patient_income) as patient_income,
        sum(unearned_patient_income) as unearned_patient_income,
        sum(total_patient_income) as total_patient_income,
        sum(insurance_income) as insurance_income,
        sum(total_income) as total_income
    from daily
    group by 1, 2, 3, 4
),

final as (
    select * from monthly
)

select * from final
