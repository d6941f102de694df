with

ledger_entries as (
    select * from {{ ref('int_ledger_entries_unioned') }}
),

patients as (
    select * from {{ ref('stg_opendental__patients') }}
),

families as (
    select distinct
        practice_id,
        guarantor_id
    from patients
    where guarantor_id is not null
        and not is_deleted
),

-- an entry that raises the balance is a charge, aged by its own date; one that lowers it
-- (payment, write-off, discount) is a credit, pooled per family
family_entries as (
    select
        practice_id,
        guarantor_id,
        balance_amount,
        greatest(balance_amount, 0) as charge_amount,
        greatest(-balance_amount, 0) as credit_amount,
        coalesce({{ as_of_date() }} - entry_date, 0) as age_days
    from ledger_entries
    where guarantor_id is not null
),

family_totals as (
    select
        practice_id,
        guarantor_id,
        sum(balance_amount) as balance,
        sum(credit_amount) as credits,
        sum(case when age_days > 90 then charge_amount else 0 end) as charges_over_90,
        sum(case when age_days between 61 and 90 then charge_amount else 0 end) as charges_61_90,
        sum(case when age_days between 31 and 60 then charge_amount else 0 end) as charges_31_60,
        sum(case when age_days <= 30 then charge_amount else 0 end) as charges_0_30
    from family_entries
    group by practice_id, guarantor_id
),

-- credits pay the oldest charges first; a family in credit carries it in balance_0_30
credits_applied as (
    select
        practice_id,
        guarantor_id,
        balance,
        greatest(charges_over_90 - credits, 0) as balance_over_90,
        greatest(least(charges_61_90, charges_over_90 + charges_61_90 - credits), 0)
            as balance_61_90,
        greatest(
            least(charges_31_60, charges_over_90 + charges_61_90 + charges_31_60 - credits), 0
        ) as balance_31_60,
        greatest(
            least(
                charges_0_30,
                charges_over_90 + charges_61_90 + charges_31_60 + charges_0_30 - credits
            ),
            0
        ) + least(balance, 0) as balance_0_30
    from family_totals
),

final as (
    select
        families.practice_id,
        families.guarantor_id,
        {{ as_of_date() }} as as_of_date,
        coalesce(credits_applied.balance, 0) as balance,
        coalesce(credits_applied.balance_0_30, 0) as balance_0_30,
        coalesce(credits_applied.balance_31_60, 0) as balance_31_60,
        coalesce(credits_applied.balance_61_90, 0) as balance_61_90,
        coalesce(credits_applied.balance_over_90, 0) as balance_over_90
    from families
    left join credits_applied
        on families.practice_id = credits_applied.practice_id
        and families.guarantor_id = credits_applied.guarantor_id
)

select * from final
