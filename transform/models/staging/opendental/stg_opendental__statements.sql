with

source as (
    {{ union_practices('statement') }}
),

final as (
    select
        practice_id,
        "StatementNum" as statement_id,
        nullif("PatNum", 0) as patient_id,
        nullif("SuperFamily", 0) as super_family_id,
        nullif("DocNum", 0) as document_id,

        case "Mode_"
            when 0 then 'Mail'
            when 1 then 'InPerson'
            when 2 then 'Email'
            when 3 then 'Electronic'
        end as delivery_mode,
        "StatementType" as statement_type,
        "IsSent" = 1 as is_sent,
        "IsReceipt" = 1 as is_receipt,
        "IsInvoice" = 1 as is_invoice,
        "SinglePatient" = 1 as is_single_patient,
        {{ to_dollars('"BalTotal"') }} as balance_total,
        {{ to_dollars('"InsEst"') }} as insurance_estimate,

        {{ clean_date('"DateSent"') }} as sent_date,
        {{ clean_date('"DateRangeFrom"') }} as range_start_date,
        -- OpenDental writes a year of 2200 or later for an open-ended range
        case when "DateRangeTo" < date '2200-01-01' then {{ clean_date('"DateRangeTo"') }} end
            as range_end_date,
        "DateTStamp" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
