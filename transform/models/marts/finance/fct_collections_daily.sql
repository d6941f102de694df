with

ledger_entries as (
    select * from {{ ref('int_ledger_entries_unioned') }}
),

payment_entries as (
    select * from ledger_entries
    where entry_type in ('patient_payment', 'insurance_payment')
),

daily as (
    select
        practice_id,
        provider_id,
        clinic_id,
        entry_date as collection_date,
        sum(case when entry_type = 'patient_payment' then amount else 0 end) as patient_payments,
        sum(case when entry_type = 'insurance_payment' then amount else 0 end)
            as insurance_payments
    from payment_entries
    group by 1, 2, 3, 4
),

final as (
    select
        *,
        patient_payments + insurance_payments as total_collections
    from daily
)

select * from final
