with

ledger_entries as (
    select * from {{ ref('int_ledger_entries_unioned') }}
),

production_entries as (
    select * from ledger_entries
    where entry_type in ('production', 'writeoff', 'adjustment')
),

daily as (
    select
        practice_id,
        provider_id,
        clinic_id,
        entry_date as production_date,
        sum(case when entry_type = 'production' then amount else 0 end) as gross_production,
        sum(case when entry_type = 'writeoff' then amount else 0 end) as writeoffs,
        sum(case when entry_type = 'adjustment' then amount else 0 end) as adjustments
    from production_entries
    group by 1, 2, 3, 4
),

final as (
    select
        *,
        gross_production - writeoffs + adjustments as net_production
    from daily
)

select * from final
