with

provider_months as (
    select * from {{ ref('fct_provider_monthly') }}
),

final as (
    select
        practice_id,
        month_start_date,
        sum(gross_production) as gross_production,
        sum(writeoffs) as writeoffs,
        sum(adjustments) as adjustments,
        sum(net_production) as net_production,
        sum(patient_payments) as patient_payments,
        sum(insurance_payments) as insurance_payments,
        sum(total_collections) as total_collections
    from provider_months
    group by 1, 2
)

select * from final
