{#-
    Planner settings for a model's transaction, run as its pre-hook. Staging views turn
    OpenDental's 0 keys into nulls and carry a constant practice_id, which PostgreSQL cannot
    estimate: it takes thousands of rows for one. Reordering joins on those estimates, it
    crossed patients with plans (a recall list took minutes on 2,000 patients); choosing nested
    loops on them, it rescanned a table per row (a treatment plan mart took ten minutes where
    hash joins take a fifth of a second). So the joins run in the order written, and by hash or
    merge.
-#}
{% macro join_as_written() -%}
    set local join_collapse_limit = 1;
    set local from_collapse_limit = 1;
    set local enable_nestloop = off
{%- endmacro %}
