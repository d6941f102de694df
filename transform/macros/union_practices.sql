{#-
    One OpenDental table across every practice in var('practices'), with the practice's id
    prepended as practice_id. The practice whose schema is the source's goes through source()
    so lineage shows; the others are read from their own schema and must have the same columns.
-#}
{% macro union_practices(table_name) %}
    {%- set source_relation = source('opendental', table_name) -%}
    {%- for practice in var('practices') %}
        {%- if practice['schema'] == source_relation.schema -%}
            {%- set relation = source_relation -%}
        {%- else -%}
            {%- set relation = api.Relation.create(
                database=source_relation.database,
                schema=practice['schema'],
                identifier=table_name,
            ) -%}
        {%- endif %}
    select '{{ practice["id"] }}'::text as practice_id, * from {{ relation }}
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}
{% endmacro %}
