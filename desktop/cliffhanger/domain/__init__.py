"""The pure core of Cliffhanger: titles, statuses, release windows and the rules between them.

Nothing here imports Qt, SQL or HTTP; every other layer builds on these types.
"""
