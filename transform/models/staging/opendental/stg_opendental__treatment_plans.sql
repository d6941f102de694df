with

source as (
    {{ union_practices('treatplan') }}
),

final as (
    select
        practice_id,
        "TreatPlanNum" as treatment_plan_id,
        nullif("PatNum", 0) as patient_id,
        nullif("ResponsParty", 0) as responsible_party_id,
        nullif("DocNum", 0) as document_id,
        nullif("SecUserNumEntry", 0) as entered_by_user_id,
        nullif("UserNumPresenter", 0) as presenter_user_id,

        case "TPStatus"
            when 0 then 'Saved'
            when 1 then 'Active'
            when 2 then 'Inactive'
        end as treatment_plan_status,
        case "TPType"
            when 0 then 'Insurance'
            when 1 then 'Discount'
        end as treatment_plan_type,
        {{ clean_date('"DateTP"') }} as treatment_plan_date,
        "Heading" as heading,
        "Note" as note,
        coalesce("Signature", '') <> '' as is_signed,
        {{ clean_timestamp('"DateTSigned"') }} as signed_at,
        {{ clean_timestamp('"DateTPracticeSigned"') }} as practice_signed_at,
        {{ clean_date('"SecDateEntry"') }} as created_date,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
