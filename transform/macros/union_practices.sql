{#-
    The practices whose raw layer holds `table_name`, each as {id, relation}, the project's own
    practice first. With var('practices') set, the practices it lists; otherwise every schema
    named like the source's (`raw`: practice `main`) or `raw_<id>` (practice `<id>`), found in
    the warehouse when the models run, so adding a practice needs no change here. A practice
    whose raw layer lacks the table is left out.
-#}
{% macro practice_relations(table_name) %}
    {%- set source_relation = source('opendental', table_name) -%}
    {%- if not execute -%}
        {{ return([]) }}
    {%- endif -%}
    {%- set practices = var('practices') -%}
    {%- if practices is none -%}
        {%- set practices = discovered_practices(source_relation) -%}
    {%- endif -%}
    {%- set relations = [] -%}
    {%- for practice in practices -%}
        {%- set relation = adapter.get_relation(
            database=source_relation.database,
            schema=practice['schema'],
            identifier=table_name,
        ) -%}
        {%- if relation is not none -%}
            {%- do relations.append({'id': practice['id'], 'relation': relation}) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(relations) }}
{% endmacro %}

{#- The schemas `<source schema>` (practice main) and `<source schema>_<id>` that hold the table. -#}
{% macro discovered_practices(source_relation) %}
    {%- set prefix = source_relation.schema ~ '_' -%}
    {%- set query -%}
        select table_schema
        from information_schema.tables
        where table_name = '{{ source_relation.identifier }}'
            and (
                table_schema = '{{ source_relation.schema }}'
                or left(table_schema, {{ prefix | length }}) = '{{ prefix }}'
            )
        order by table_schema <> '{{ source_relation.schema }}', table_schema
    {%- endset -%}
    {%- set practices = [] -%}
    {%- for schema in run_query(query).columns[0].values() -%}
        {%- if schema == source_relation.schema -%}
            {%- do practices.append({'id': 'main', 'schema': schema}) -%}
        {%- else -%}
            {%- do practices.append({'id': schema[prefix | length:], 'schema': schema}) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(practices) }}
{% endmacro %}

{#-
    The type a column gets in the union when practices hold it with different types: the widest
    of one family (integers to numeric, dates to timestamps, strings to text), else text.
-#}
{% macro common_type(data_types) %}
    {%- set distinct = data_types | unique | list -%}
    {%- if distinct | length == 1 -%}
        {{ return(distinct[0]) }}
    {%- endif -%}
    {%- set families = [
        ['smallint', 'integer', 'bigint', 'real', 'double precision', 'numeric'],
        ['date', 'timestamp without time zone', 'timestamp with time zone'],
        ['character', 'character varying', 'text'],
    ] -%}
    {%- for family in families -%}
        {%- if distinct | reject('in', family) | list | length == 0 -%}
            {%- set widest = namespace(rank=0) -%}
            {%- for data_type in distinct -%}
                {%- set widest.rank = [widest.rank, family.index(data_type)] | max -%}
            {%- endfor -%}
            {{ return(family[widest.rank]) }}
        {%- endif -%}
    {%- endfor -%}
    {{ return('text') }}
{% endmacro %}

{#-
    One OpenDental table across every practice (see practice_relations), with the practice's id
    prepended as practice_id. Practices on different OpenDental versions have different columns:
    the union has every column any practice has, a column some practice lacks is a typed null
    there, and a column whose type differs between practices is cast to their common type.
-#}
{% macro union_practices(table_name) %}
    {%- set practices = practice_relations(table_name) -%}
    {%- if practices | length == 0 %}
    select 'main'::text as practice_id, * from {{ source('opendental', table_name) }}
    {%- else -%}
        {%- set column_names = [] -%}
        {%- set column_types = {} -%}
        {%- for practice in practices -%}
            {%- set types = {} -%}
            {%- for column in adapter.get_columns_in_relation(practice['relation']) -%}
                {%- if column.name not in column_types -%}
                    {%- do column_names.append(column.name) -%}
                    {%- do column_types.update({column.name: []}) -%}
                {%- endif -%}
                {%- do column_types[column.name].append(column.dtype) -%}
                {%- do types.update({column.name: column.dtype}) -%}
            {%- endfor -%}
            {%- do practice.update({'types': types}) -%}
        {%- endfor -%}
        {%- for practice in practices %}
    select
        '{{ practice["id"] }}'::text as practice_id
            {%- for name in column_names -%}
                {%- set common = common_type(column_types[name]) -%}
                {%- set own = practice['types'].get(name) -%}
                {%- if own is none %},
        cast(null as {{ common }}) as {{ adapter.quote(name) }}
                {%- elif own != common %},
        cast({{ adapter.quote(name) }} as {{ common }}) as {{ adapter.quote(name) }}
                {%- else %},
        {{ adapter.quote(name) }}
                {%- endif -%}
            {%- endfor %}
    from {{ practice['relation'] }}
            {%- if not loop.last %}
    union all
            {%- endif -%}
        {%- endfor -%}
    {%- endif %}
{% endmacro %}
