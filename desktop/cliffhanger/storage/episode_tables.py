"""The table of episodes: one row per episode of a season, what the catalogue said and what was watched."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel


class EpisodeRow(SQLModel, table=True):
    """An episode; `date_noted_at` is when its air date was first listed or last moved."""

    __tablename__ = "episode"
    __table_args__ = (UniqueConstraint("season_id", "number", name="uq_episode_season_number"),)
    id: int | None = Field(default=None, primary_key=True)
    season_id: int = Field(
        sa_column=Column(Integer, ForeignKey("season.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    number: int
    title: str = ""
    airdate: date | None = None
    airstamp: datetime | None = None
    runtime: int | None = None
    watched_at: datetime | None = None
    source: str = ""
    date_noted_at: datetime | None = None
    previous_airdate: date | None = None
    tvdb_id: int | None = Field(default=None, index=True)
