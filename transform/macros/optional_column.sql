{#-
    A column OpenDental added in a recent version: the quoted column where the source table has
    it, else `default`, so staging still builds on a practice that runs an older version.
-#}
{% macro optional_column(table_name, column_name, default='null') -%}
    {%- if execute -%}
        {%- set relation = source('opendental', table_name) -%}
        {%- set columns = adapter.get_columns_in_relation(relation) -%}
        {%- set column_names = columns | map(attribute='name') | list -%}
        {%- if column_name in column_names -%}
            "{{ column_name }}"
        {%- else -%}
            {{ default }}
        {%- endif -%}
    {%- else -%}
        "{{ column_name }}"
    {%- endif -%}
{%- endmacro %}
