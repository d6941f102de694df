with

source as (
    {{ union_practices('document') }}
),

final as (
    select
        practice_id,
        "DocNum" as document_id,
        nullif("PatNum", 0) as patient_id,
        nullif("DocCategory", 0) as document_category_id,
        nullif("ProvNum", 0) as provider_id,
        nullif("MountItemNum", 0) as mount_item_id,

        "Description" as description,
        "FileName" as file_name,
        "ToothNumbers" as tooth_numbers,

        {{ clean_timestamp('"DateCreated"') }} as created_at,
        "DateTStamp" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
