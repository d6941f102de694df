with

practice_months as (
    select * from {{ ref('fct_practice_monthly') }}
),

final as (
    select
        month_start_date,
        count(*) as practices,
        sum(gross_production) as gross_production,
        sum(writeoffs) as writeoffs,
        sum(adjustments) as adjustments,
        sum(net_production) as net_production,
        sum(patient_payments) as patient_payments,
        sum(insurance_payments) as insurance_payments,
        sum(total_collections) as total_collections
    from practice_months
    group by 1
)

select * from final
