{#- Write-offs by the insurance payment date (OpenDental's default) or by procedure date. -#}
{%- set writeoffs_by = var('production_income_writeoff_date') -%}

with

procedures as (
    select * from {{ ref('stg_opendental__procedures') }}
    where not is_deleted
),

claim_procedures as (
    select * from {{ ref('stg_opendental__claim_procedures') }}
    where not is_deleted
),

claim_payments as (
    select * from {{ ref('stg_opendental__claim_payments') }}
    where not is_deleted
),

adjustments as (
    select * from {{ ref('stg_opendental__adjustments') }}
    where not is_deleted
),

appointments as (
    select * from {{ ref('stg_opendental__appointments') }}
    where not is_deleted
),

payment_splits as (
    select * from {{ ref('stg_opendental__payment_splits') }}
    where not is_deleted
),

definitions as (
    select * from {{ ref('stg_opendental__definitions') }}
    where not is_deleted
),

-- Capitation: the write-off of a completed capitation procedure reduces its production.
capitation_writeoffs as (
    select
        practice_id,
        procedure_id,
        sum(writeoff_amount) as writeoff_amount
    from claim_procedures
    where claim_procedure_status = 'CapComplete'
    group by 1, 2
),

production as (
    select
        procedures.practice_id,
        procedures.procedure_date as activity_date,
        procedures.provider_id,
        procedures.clinic_id,
        round(procedures.procedure_fee * (procedures.unit_quantity + procedures.base_units), 2)
        - coalesce(capitation_writeoffs.writeoff_amount, 0) as production
    from procedures
    left join capitation_writeoffs
        on procedures.practice_id = capitation_writeoffs.practice_id
        and procedures.procedure_id = capitation_writeoffs.procedure_id
    where procedures.procedure_status = 'Complete'
),

scheduled_procedures as (
    select
        appointments.practice_id,
        appointments.scheduled_date,
        appointments.clinic_id as appointment_clinic_id,
        procedures.procedure_id,
        procedures.provider_id,
        procedures.clinic_id,
        procedures.procedure_fee,
        procedures.unit_quantity,
        procedures.base_units,
        procedures.discount_amount,
        procedures.discount_plan_amount
    from appointments
    inner join procedures
        on appointments.practice_id = procedures.practice_id
        and appointments.appointment_id = procedures.appointment_id
        and procedures.procedure_status = 'TreatmentPlanned'
    where appointments.appointment_status = 'Scheduled'
),

-- Scheduled production less the capitation write-offs estimated on it (the office's
-- preference to subtract PPO estimates too is off, OpenDental's default).
scheduled_writeoff_estimates as (
    select
        practice_id,
        procedure_id,
        sum(
            case
                when claim_procedure_status = 'Estimate' then 0
                when writeoff_estimate_override <> -1 then writeoff_estimate_override
                else writeoff_estimate
            end
        ) as writeoff_estimate
    from claim_procedures
    where claim_procedure_status in ('Estimate', 'CapEstimate')
        and (writeoff_estimate <> -1 or writeoff_estimate_override <> -1)
    group by 1, 2
),

scheduled as (
    select
        scheduled_procedures.practice_id,
        scheduled_procedures.scheduled_date as activity_date,
        scheduled_procedures.provider_id,
        scheduled_procedures.appointment_clinic_id as clinic_id,
        round(
            scheduled_procedures.procedure_fee
            * (scheduled_procedures.unit_quantity + scheduled_procedures.base_units),
            2
        ) - coalesce(scheduled_writeoff_estimates.writeoff_estimate, 0) as scheduled_production
    from scheduled_procedures
    left join scheduled_writeoff_estimates
        on scheduled_procedures.practice_id = scheduled_writeoff_estimates.practice_id
        and scheduled_procedures.procedure_id = scheduled_writeoff_estimates.procedure_id
),

adjustment_amounts as (
    select
        practice_id,
        adjustment_date as activity_date,
        provider_id,
        clinic_id,
        adjustment_amount
    from adjustments
    union all
    -- Discounts on procedures booked on scheduled appointments, as negative adjustments.
    select
        practice_id,
        scheduled_date,
        provider_id,
        clinic_id,
        -(discount_amount + discount_plan_amount)
    from scheduled_procedures
),

writeoffs as (
    select
        practice_id,
        {% if writeoffs_by == 'procedure_date' -%}
            procedure_date as activity_date,
        {%- else -%}
            payment_date as activity_date,
        {%- endif %}
        provider_id,
        clinic_id,
        -writeoff_amount as writeoffs
    from claim_procedures
    {% if writeoffs_by == 'procedure_date' -%}
        where claim_procedure_status in ('NotReceived', 'Received', 'Supplemental')
    {%- else -%}
        where claim_procedure_status in ('Received', 'Supplemental')
    {%- endif %}
),

-- Unearned types with a value are hidden: prepayments left out until allocated.
hidden_unearned_types as (
    select
        practice_id,
        definition_id
    from definitions
    where category_code = 29
        and coalesce(item_value, '') <> ''
),

patient_income as (
    select
        payment_splits.practice_id,
        payment_splits.payment_date as activity_date,
        payment_splits.provider_id,
        payment_splits.clinic_id,
        case
            when payment_splits.unearned_type_id is null then payment_splits.split_amount
            else 0
        end as patient_income,
        case
            when payment_splits.unearned_type_id is not null then payment_splits.split_amount
            else 0
        end as unearned_patient_income
    from payment_splits
    left join hidden_unearned_types
        on payment_splits.practice_id = hidden_unearned_types.practice_id
        and payment_splits.unearned_type_id = hidden_unearned_types.definition_id
    where not payment_splits.is_discount
        and hidden_unearned_types.definition_id is null
        {%- if not var('production_income_include_unearned') %}
        and payment_splits.unearned_type_id is null
        {%- endif %}
),

-- Insurance income once finalized: on a check, dated by the check.
insurance_income as (
    select
        claim_procedures.practice_id,
        claim_payments.check_date as activity_date,
        claim_procedures.provider_id,
        claim_procedures.clinic_id,
        claim_procedures.insurance_paid_amount as insurance_income
    from claim_procedures
    inner join claim_payments
        on claim_procedures.practice_id = claim_payments.practice_id
        and claim_procedures.claim_payment_id = claim_payments.claim_payment_id
),

amounts as (
    select practice_id, activity_date, provider_id, clinic_id,
        production, 0 as scheduled_production, 0 as adjustments, 0 as writeoffs,
        0 as patient_income, 0 as unearned_patient_income, 0 as insurance_income
    from production
    union all
    select practice_id, activity_date, provider_id, clinic_id,
        0, scheduled_production, 0, 0, 0, 0, 0
    from scheduled
    union all
    select practice_id, activity_date, provider_id, clinic_id,
        0, 0, adjustment_amount, 0, 0, 0, 0
    from adjustment_amounts
    union all
    select practice_id, activity_date, provider_id, clinic_id,
        0, 0, 0, writeoffs, 0, 0, 0
    from writeoffs
    union all
    select practice_id, activity_date, provider_id, clinic_id,
        0, 0, 0, 0, patient_income, unearned_patient_income, 0
    from patient_income
    union all
    select practice_id, activity_date, provider_id, clinic_id,
        0, 0, 0, 0, 0, 0, insurance_income
    from insurance_income
),

daily as (
    select
        practice_id,
        activity_date,
        provider_id,
        clinic_id,
        sum(production) as production,
        sum(scheduled_production) as scheduled_production,
        sum(adjustments) as adjustments,
        sum(writeoffs) as writeoffs,
        sum(patient_income) as patient_income,
        sum(unearned_patient_income) as unearned_patient_income,
        sum(insurance_income) as insurance_income
    from amounts
    where activity_date <= {{ as_of_date() }}
    group by 1, 2, 3, 4
),

final as (
    select
        practice_id,
        activity_date,
        date_trunc('month', activity_date)::date as month_start_date,
        provider_id,
        clinic_id,
        production,
        scheduled_production,
        adjustments,
        writeoffs,
        production + scheduled_production + adjustments + writeoffs as total_production,
        patient_income,
        unearned_patient_income,
        patient_income + unearned_patient_income as total_patient_income,
        insurance_income,
        patient_income + unearned_patient_income + insurance_income as total_income
    from daily
    -- A day with nothing to show is not a row.
    where production <> 0
        or scheduled_production <> 0
        or adjustments <> 0
        or writeoffs <> 0
        or patient_income <> 0
        or unearned_patient_income <> 0
        or insurance_income <> 0
)

select * from final
