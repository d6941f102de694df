with

recalls as (
    select * from {{ ref('stg_opendental__recalls') }}
),

patients as (
    select * from {{ ref('stg_opendental__patients') }}
),

-- The family balance OpenDental weighs a balance hold against: the guarantor's total balance
-- less the insurance estimate still pending.
recalls_with_families as (
    select
        recalls.*,
        patients.guarantor_id,
        patients.clinic_id,
        guarantors.family_balance_total - guarantors.family_insurance_estimate as family_balance
    from recalls
    inner join patients
        on recalls.practice_id = patients.practice_id
        and recalls.patient_id = patients.patient_id
        and not patients.is_deleted
    inner join patients as guarantors
        on patients.practice_id = guarantors.practice_id
        and patients.guarantor_id = guarantors.patient_id
        and not guarantors.is_deleted
    where patients.patient_status = 'Patient'
        and not recalls.is_deleted
),

listed as (
    select *
    from recalls_with_families
    where not is_disabled
        and scheduled_date is null
        and due_date between {{ as_of_date() }} - {{ var('recall_list_days_past') }}
            and {{ as_of_date() }} + {{ var('recall_list_days_future') }}
        -- Held until a later date, or until the family's balance is down to a limit.
        and (disabled_until_date is null or disabled_until_date <= {{ as_of_date() }})
        and not (disabled_until_balance > 0 and family_balance > disabled_until_balance)
),

final as (
    select
        practice_id,
        recall_id,
        patient_id,
        guarantor_id,
        clinic_id,
        recall_type_id,
        recall_status_id,
        recall_interval_code,
        previous_date,
        due_date,
        {{ as_of_date() }} as as_of_date,
        greatest({{ as_of_date() }} - due_date, 0) as days_overdue,
        family_balance,
        disabled_until_balance,
        disabled_until_date
    from listed
)

select * from final
