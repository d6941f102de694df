with

source as (
    {{ union_practices('treatplanattach') }}
),

final as (
    select
        practice_id,
        "TreatPlanAttachNum" as treatment_plan_attachment_id,
        nullif("TreatPlanNum", 0) as treatment_plan_id,
        nullif("ProcNum", 0) as procedure_id,
        nullif("Priority", 0) as priority_definition_id,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
