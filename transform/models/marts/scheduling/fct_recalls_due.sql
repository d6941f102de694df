with

recalls as (
    select * from {{ ref('stg_opendental__recalls') }}
),

patients as (
    select * from {{ ref('stg_opendental__patients') }}
),

definitions as (
    select * from {{ ref('stg_opendental__definitions') }}
),

active_recalls as (
    select
        recalls.*,
        guarantors.family_balance_total - guarantors.family_insurance_estimate as family_balance
    from recalls
    inner join patients
        on recalls.practice_id = patients.practice_id
        and recalls.patient_id = patients.patient_id
    left join patients as guarantors
        on patients.practice_id = guarantors.practice_id
        and patients.guarantor_id = guarantors.patient_id
        and not guarantors.is_deleted
    where patients.patient_status = 'Patient'
        and not patients.is_deleted
        and not recalls.is_deleted
        and not recalls.is_disabled
        and recalls.due_date is not null
),

final as (
    select
        active_recalls.practice_id,
        active_recalls.recall_id,
        active_recalls.patient_id,
        active_recalls.recall_type_id,
        recall_statuses.item_name as recall_status,
        active_recalls.previous_date,
        active_recalls.due_date,
        active_recalls.scheduled_date,
        {{ as_of_date() }} as as_of_date,
        case
            when active_recalls.scheduled_date is not null then 'Scheduled'
            -- Held until a later date, or until the family balance is down to a limit: not due.
            when active_recalls.disabled_until_date > {{ as_of_date() }} then 'Held'
            when active_recalls.disabled_until_balance > 0
                and active_recalls.family_balance > active_recalls.disabled_until_balance
                then 'Held'
            when active_recalls.due_date < {{ as_of_date() }} then 'Overdue'
            when active_recalls.due_date < {{ as_of_date() }} + 30 then 'Due'
            else 'NotDue'
        end as recall_state,
        greatest({{ as_of_date() }} - active_recalls.due_date, 0) as days_overdue
    from active_recalls
    left join definitions as recall_statuses
        on active_recalls.practice_id = recall_statuses.practice_id
        and active_recalls.recall_status_id = recall_statuses.definition_id
)

select * from final
