with

source as (
    {{ union_practices('proctp') }}
),

final as (
    select
        practice_id,
        "ProcTPNum" as treatment_plan_procedure_id,
        nullif("TreatPlanNum", 0) as treatment_plan_id,
        nullif("PatNum", 0) as patient_id,
        nullif("ProcNumOrig", 0) as procedure_id,
        nullif("ProvNum", 0) as provider_id,
        nullif("ClinicNum", 0) as clinic_id,
        nullif("SecUserNumEntry", 0) as entered_by_user_id,
        nullif("Priority", 0) as priority_definition_id,

        "ItemOrder" as item_order,
        "ProcCode" as procedure_code,
        "Descript" as description,
        "ToothNumTP" as tooth_number,
        "Surf" as surfaces,
        {{ to_dollars('"FeeAmt"') }} as fee_amount,
        {{ to_dollars('"PriInsAmt"') }} as primary_insurance_amount,
        {{ to_dollars('"SecInsAmt"') }} as secondary_insurance_amount,
        {{ to_dollars('"PatAmt"') }} as patient_amount,
        {{ to_dollars('"Discount"') }} as discount_amount,
        {{ to_dollars('"FeeAllowed"') }} as fee_allowed_amount,
        {{ to_dollars('"TaxAmt"') }} as tax_amount,
        {{ clean_date('"DateTP"') }} as treatment_plan_date,
        {{ clean_date('"SecDateEntry"') }} as created_date,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
