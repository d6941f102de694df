with

ledger_entries as (
    select * from {{ ref('int_ledger_entries_unioned') }}
),

monthly as (
    select
        practice_id,
        provider_id,
        date_trunc('month', entry_date)::date as month_start_date,
        sum(case when entry_type = 'production' then amount else 0 end) as gross_production,
        sum(case when entry_type = 'writeoff' then amount else 0 end) as writeoffs,
        sum(case when entry_type = 'adjustment' then amount else 0 end) as adjustments,
        sum(case when entry_type = 'patient_payment' then amount else 0 end) as patient_payments,
        sum(case when entry_type = 'insurance_payment' then amount else 0 end)
            as insurance_payments
    from ledger_entries
    group by 1, 2, 3
),

final as (
    select
        practice_id,
        provider_id,
        month_start_date,
        gross_production,
        writeoffs,
        adjustments,
        gross_production - writeoffs + adjustments as net_production,
        patient_payments,
        insurance_payments,
        patient_payments + insurance_payments as total_collections
    from monthly
)

select * from final
