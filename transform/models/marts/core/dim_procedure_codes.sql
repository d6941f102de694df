with

procedure_codes as (
    select * from {{ ref('stg_opendental__procedure_codes') }}
),

definitions as (
    select * from {{ ref('stg_opendental__definitions') }}
),

final as (
    select
        procedure_codes.practice_id,
        procedure_codes.procedure_code_id,
        procedure_codes.procedure_code,
        procedure_codes.description,
        procedure_codes.abbreviation,
        procedure_codes.layman_term,
        categories.item_name as procedure_category,
        procedure_codes.treatment_area,
        procedure_codes.is_hygiene,
        procedure_codes.is_prosthesis,
        procedure_codes.is_radiology,
        -- CDT codes are D followed by four digits
        procedure_codes.procedure_code ~ '^D[0-9]{4}$' as is_cdt_code
    from procedure_codes
    left join definitions as categories
        on procedure_codes.practice_id = categories.practice_id
        and procedure_codes.procedure_category_id = categories.definition_id
    where not procedure_codes.is_deleted
)

select * from final
