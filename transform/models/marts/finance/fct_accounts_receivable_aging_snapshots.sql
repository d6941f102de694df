{{ config(
    materialized='incremental',
    unique_key=['practice_id', 'snapshot_date', 'guarantor_id'],
) }}

with

aging as (
    select * from {{ ref('fct_accounts_receivable_aging') }}
),

final as (
    select
        practice_id,
        as_of_date as snapshot_date,
        guarantor_id,
        balance_0_30,
        balance_31_60,
        balance_61_90,
        balance_over_90,
        balance_total,
        insurance_payment_estimate,
        insurance_writeoff_estimate,
        patient_portion
    from aging
)

select * from final
