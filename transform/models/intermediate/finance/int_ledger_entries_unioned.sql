with

procedures as (
    select * from {{ ref('stg_opendental__procedures') }}
),

adjustments as (
    select * from {{ ref('stg_opendental__adjustments') }}
),

claim_procedures as (
    select * from {{ ref('stg_opendental__claim_procedures') }}
),

payment_splits as (
    select * from {{ ref('stg_opendental__payment_splits') }}
),

patients as (
    select * from {{ ref('stg_opendental__patients') }}
),

production as (
    select
        practice_id,
        'production:' || procedure_id as ledger_entry_id,
        'production' as entry_type,
        patient_id,
        provider_id,
        clinic_id,
        procedure_date as entry_date,
        round(procedure_fee * (unit_quantity + base_units), 2) as amount
    from procedures
    where procedure_status = 'Complete'
        and not is_deleted
),

account_adjustments as (
    select
        practice_id,
        'adjustment:' || adjustment_id as ledger_entry_id,
        'adjustment' as entry_type,
        patient_id,
        provider_id,
        clinic_id,
        adjustment_date as entry_date,
        adjustment_amount as amount
    from adjustments
    where not is_deleted
),

-- write-offs and insurance payments count once insurance has paid (or a capitation is done)
finalized_claim_procedures as (
    select * from claim_procedures
    where claim_procedure_status in ('Received', 'Supplemental', 'CapComplete')
        and not is_deleted
),

writeoffs as (
    select
        practice_id,
        'writeoff:' || claim_procedure_id as ledger_entry_id,
        'writeoff' as entry_type,
        patient_id,
        provider_id,
        clinic_id,
        payment_date as entry_date,
        writeoff_amount as amount
    from finalized_claim_procedures
),

insurance_payments as (
    select
        practice_id,
        'insurance_payment:' || claim_procedure_id as ledger_entry_id,
        'insurance_payment' as entry_type,
        patient_id,
        provider_id,
        clinic_id,
        payment_date as entry_date,
        insurance_paid_amount as amount
    from finalized_claim_procedures
),

patient_payments as (
    select
        practice_id,
        'patient_payment:' || payment_split_id as ledger_entry_id,
        'patient_payment' as entry_type,
        patient_id,
        provider_id,
        clinic_id,
        payment_date as entry_date,
        split_amount as amount
    from payment_splits
    where not is_deleted
),

unioned as (
    select * from production
    union all
    select * from account_adjustments
    union all
    select * from writeoffs
    union all
    select * from insurance_payments
    union all
    select * from patient_payments
),

final as (
    select
        unioned.practice_id,
        unioned.ledger_entry_id,
        unioned.entry_type,
        unioned.patient_id,
        patients.guarantor_id,
        unioned.provider_id,
        unioned.clinic_id,
        unioned.entry_date,
        unioned.amount,
        case
            when unioned.entry_type in ('production', 'adjustment') then unioned.amount
            else -unioned.amount
        end as balance_amount
    from unioned
    left join patients
        on unioned.practice_id = patients.practice_id
        and unioned.patient_id = patients.patient_id
        and not patients.is_deleted
)

select * from final
