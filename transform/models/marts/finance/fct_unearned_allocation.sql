with

remaining_procedures as (
    select * from {{ ref('int_procedures_remaining_in_unearned_families') }}
),

-- The report lists the procedures done on or after the family's first unearned split.
listed as (
    select *
    from remaining_procedures
    where procedure_date >= first_unearned_date
),

final as (
    select
        practice_id,
        procedure_id,
        guarantor_id,
        patient_id,
        procedure_date,
        procedure_fee,
        remaining_amount,
        family_unearned_amount,
        sum(remaining_amount) over (partition by practice_id, guarantor_id)
            as family_remaining_amount
    from listed
)

select * from final
