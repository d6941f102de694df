with

source as (
    {{ union_practices('claimsnapshot') }}
),

final as (
    select
        practice_id,
        "ClaimSnapshotNum" as claim_snapshot_id,
        nullif("ClaimProcNum", 0) as claim_procedure_id,
        nullif("ProcNum", 0) as procedure_id,

        case "ClaimType"
            when 'P' then 'Primary'
            when 'S' then 'Secondary'
            when 'PreAuth' then 'PreAuth'
            when 'Other' then 'Other'
            when 'Cap' then 'Capitation'
        end as claim_type,
        case "SnapshotTrigger"
            when 0 then 'ClaimCreate'
            when 1 then 'Service'
            when 2 then 'InsPayment'
        end as snapshot_trigger,
        {{ to_dollars('"Fee"') }} as fee_amount,
        {{ to_dollars('"InsPayEst"') }} as insurance_payment_estimate,
        {{ to_dollars('"Writeoff"') }} as writeoff_amount,
        {{ clean_timestamp('"DateTEntry"') }} as created_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
