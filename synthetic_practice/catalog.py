"""Fixed vocabulary of the synthetic practice: procedure codes, definitions, names and places.

Everything here is invented except the CDT procedure codes and OpenDental's enumerations.
"""

from __future__ import annotations

from importlib import resources
from typing import NamedTuple


class Code(NamedTuple):
    """One procedure code as the practice uses it.

    Attributes:
        code: CDT code or the practice's own code (case-sensitive).
        descript: Long description.
        abbr: Abbreviation shown on the appointment.
        category: Name of its ProcCodeCats definition.
        treat_area: OpenDental TreatmentArea (1 surface, 2 tooth, 3 mouth, 4 quad, 6 arch).
        hygiene: Done by the hygienist.
        fee: Standard (UCR) fee in cents.
        minutes: Usual chair time.
        coverage: Insurance class: preventive, basic, major, ortho or none.
    """

    code: str
    descript: str
    abbr: str
    category: str
    treat_area: int
    hygiene: bool
    fee: int
    minutes: int
    coverage: str


def _load_codes() -> tuple[Code, ...]:
    """Read ``procedure_codes.tsv``: CDT codes plus a few of the practice's own.

    ProcCode is case-sensitive in OpenDental, so ``NPexam`` and ``NPEXAM`` are two codes.
    """
    text = resources.files(__package__).joinpath("procedure_codes.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()[1:] if line]
    return tuple(
        Code(
            code,
            descript,
            abbr,
            category,
            int(area),
            hygiene == "1",
            round(float(fee) * 100),
            int(minutes),
            coverage,
        )
        for code, descript, abbr, category, area, hygiene, fee, minutes, coverage in rows
    )


CODES = _load_codes()

COVERAGE_PERCENT = {"preventive": 100, "basic": 80, "major": 50, "ortho": 50}

# fmt: off
PROC_CATEGORIES = (
    "Exams & Xrays", "Cleanings", "Fillings", "Crown & Bridge", "Endo", "Perio", "Prosth",
    "Implants", "Oral Surgery", "Ortho", "Misc", "Obsolete",
)
# fmt: on

# Treatment found at an exam, weighted: (code, weight).
# fmt: off
TREATMENT = (
    ("D2391", 14), ("D2392", 12), ("D2393", 6), ("D2394", 2), ("D2330", 3), ("D2331", 2),
    ("D2140", 2), ("D2150", 1), ("D2740", 6), ("D2750", 2), ("D2950", 4), ("D2954", 1),
    ("D3310", 1), ("D3320", 1), ("D3330", 2), ("D4341", 4), ("D4342", 3), ("D7140", 4),
    ("D7210", 2), ("D7240", 1), ("D6010", 1), ("D6058", 1), ("D9944", 2), ("D9972", 1),
    ("D5110", 1), ("D5213", 1), ("D0220", 3), ("D9110", 2),
)
# fmt: on

SURFACES = ("O", "M", "D", "B", "L", "MO", "DO", "MOD", "OL", "BO", "MODB", "I", "F")
POSTERIOR_TEETH = tuple(
    str(t) for t in (2, 3, 4, 5, 12, 13, 14, 15, 18, 19, 20, 21, 28, 29, 30, 31)
)
ANTERIOR_TEETH = tuple(str(t) for t in range(6, 12)) + tuple(str(t) for t in range(22, 28))
QUADRANTS = ("UR", "UL", "LL", "LR")


def argb(red: int, green: int, blue: int) -> int:
    """Return a colour the way OpenDental stores it: a signed 32-bit opaque ARGB value."""
    return (0xFF << 24 | red << 16 | green << 8 | blue) - (1 << 32)


# OpenDental definition categories used by the practice.
DEF_APPT_CONFIRMED = 2
DEF_ADJ_TYPES = 1
DEF_BILLING_TYPES = 4
DEF_PAYMENT_TYPES = 10
DEF_PROC_CODE_CATS = 11
DEF_RECALL_UNSCHED_STATUS = 13
DEF_IMAGE_CATS = 18
DEF_TX_PRIORITIES = 20
DEF_BLOCKOUT_TYPES = 25
DEF_COMMLOG_TYPES = 27
DEF_PAYSPLIT_UNEARNED = 29
DEF_INS_PAYMENT_TYPE = 32
DEF_PROV_SPECIALTIES = 35

# (category, name, value, colour); the ItemValue of an adjustment type is its sign.
DEFINITIONS: tuple[tuple[int, str, str, int], ...] = (
    (DEF_ADJ_TYPES, "Discount", "-", 0),
    (DEF_ADJ_TYPES, "Senior Discount", "-", 0),
    (DEF_ADJ_TYPES, "Cash Discount", "-", 0),
    (DEF_ADJ_TYPES, "Professional Courtesy", "-", 0),
    (DEF_ADJ_TYPES, "Bad Debt Write-off", "-", argb(192, 0, 0)),
    (DEF_ADJ_TYPES, "Finance Charge", "+", 0),
    (DEF_ADJ_TYPES, "Billing Charge", "+", 0),
    (DEF_ADJ_TYPES, "NSF Check Fee", "+", argb(255, 128, 0)),
    (DEF_ADJ_TYPES, "Refund", "+", 0),
    (DEF_ADJ_TYPES, "Sales Tax", "+", 0),
    (DEF_ADJ_TYPES, "Broken Appointment", "+", 0),
    (DEF_APPT_CONFIRMED, "Not Called", "", argb(255, 255, 255)),
    (DEF_APPT_CONFIRMED, "Unconfirmed", "", argb(240, 240, 240)),
    (DEF_APPT_CONFIRMED, "Texted", "Txt", argb(255, 255, 128)),
    (DEF_APPT_CONFIRMED, "Left Message", "LM", argb(255, 210, 128)),
    (DEF_APPT_CONFIRMED, "Confirmed", "Conf", argb(128, 255, 128)),
    (DEF_APPT_CONFIRMED, "Arrived", "Arr", argb(0, 192, 255)),
    (DEF_APPT_CONFIRMED, "In Treatment Room", "Room", argb(64, 128, 255)),
    (DEF_APPT_CONFIRMED, "Front Desk", "FD", argb(192, 128, 255)),
    (DEF_BILLING_TYPES, "Standard Account", "", 0),
    (DEF_BILLING_TYPES, "Finance Charge Exempt", "E", 0),
    (DEF_BILLING_TYPES, "Payment Plan", "", 0),
    (DEF_BILLING_TYPES, "Collections", "C", argb(255, 0, 0)),
    (DEF_BILLING_TYPES, "Insurance Only", "", 0),
    (DEF_PAYMENT_TYPES, "Check", "", 0),
    (DEF_PAYMENT_TYPES, "Cash", "", 0),
    (DEF_PAYMENT_TYPES, "Credit Card", "", 0),
    (DEF_PAYMENT_TYPES, "Debit Card", "", 0),
    (DEF_PAYMENT_TYPES, "CareCredit", "", 0),
    (DEF_PAYMENT_TYPES, "Online Payment", "", 0),
    (DEF_RECALL_UNSCHED_STATUS, "Left Voicemail", "", argb(255, 200, 0)),
    (DEF_RECALL_UNSCHED_STATUS, "Texted", "", argb(255, 255, 0)),
    (DEF_RECALL_UNSCHED_STATUS, "Emailed", "", argb(0, 200, 255)),
    (DEF_RECALL_UNSCHED_STATUS, "Will Call Back", "", argb(128, 255, 0)),
    (DEF_RECALL_UNSCHED_STATUS, "Do Not Call", "", argb(255, 0, 0)),
    (DEF_IMAGE_CATS, "X-Rays", "XP", 0),
    (DEF_IMAGE_CATS, "Photos", "P", 0),
    (DEF_IMAGE_CATS, "Patient Forms", "F", 0),
    (DEF_IMAGE_CATS, "Insurance Cards", "", 0),
    (DEF_IMAGE_CATS, "Correspondence", "", 0),
    (DEF_IMAGE_CATS, "Statements", "S", 0),
    (DEF_TX_PRIORITIES, "1", "", argb(255, 0, 0)),
    (DEF_TX_PRIORITIES, "2", "", argb(255, 128, 0)),
    (DEF_TX_PRIORITIES, "3", "", argb(255, 255, 0)),
    (DEF_BLOCKOUT_TYPES, "Lunch", "", argb(200, 200, 200)),
    (DEF_BLOCKOUT_TYPES, "Emergency", "", argb(255, 160, 160)),
    (DEF_BLOCKOUT_TYPES, "Staff Meeting", "", argb(160, 160, 255)),
    (DEF_COMMLOG_TYPES, "Appointment Related", "APPT", 0),
    (DEF_COMMLOG_TYPES, "Financial", "FIN", 0),
    (DEF_COMMLOG_TYPES, "Recall", "RECALL", 0),
    (DEF_COMMLOG_TYPES, "Insurance", "", 0),
    (DEF_COMMLOG_TYPES, "Misc", "MISC", 0),
    (DEF_COMMLOG_TYPES, "Text Message", "TEXT", 0),
    (DEF_PAYSPLIT_UNEARNED, "Prepayment", "", 0),
    (DEF_PAYSPLIT_UNEARNED, "Treatment Plan Prepayment", "X", 0),
    (DEF_INS_PAYMENT_TYPE, "Check", "N", 0),
    (DEF_INS_PAYMENT_TYPE, "EFT", "N", 0),
    (DEF_INS_PAYMENT_TYPE, "Virtual Credit Card", "N", 0),
    (DEF_PROV_SPECIALTIES, "General", "", 0),
    (DEF_PROV_SPECIALTIES, "Hygienist", "", 0),
    (DEF_PROV_SPECIALTIES, "Endodontics", "", 0),
    (DEF_PROV_SPECIALTIES, "Orthodontics", "", 0),
    (DEF_PROV_SPECIALTIES, "Periodontics", "", 0),
    (DEF_PROV_SPECIALTIES, "Oral Surgery", "", 0),
)

# fmt: off
MALE_NAMES = (
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul", "Andrew", "Joshua",
    "Kevin", "Brian", "George", "Timothy", "Ryan", "Jacob", "Nicholas", "Eric", "Jonathan",
    "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Patrick", "Raymond", "Jack",
    "Dennis", "Jerry", "Tyler", "Aaron", "José", "André", "François", "Björn", "Ramón", "Noël",
    "Łukasz", "Thanh", "Hiroshi", "Ahmed", "Liam", "Noah", "Ethan", "Mason", "Lucas", "Oliver",
)
# fmt: on
# fmt: off
FEMALE_NAMES = (
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
    "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily",
    "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon",
    "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Anna", "Emma", "Olivia", "Ava", "Sophia",
    "Isabella", "Mia", "Zoë", "Chloé", "Renée", "Inés", "Noémie", "Siobhán", "María", "Françoise",
    "Ngọc", "Yuki", "Fatima", "Harper", "Ella", "Grace", "Lily", "Nora", "Hazel",
)
# fmt: on
# fmt: off
SURNAMES = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
    "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
    "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green",
    "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell",
    "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers",
    "O'Brien", "O'Neil", "D'Angelo", "McAllister", "St. Pierre", "García", "Muñoz", "Peña",
    "Hernández", "López", "Nguyen", "Tran", "Kim", "Park", "Müller", "Schäfer", "Novák",
    "Van der Berg", "Øster", "Kowalski", "Rossi", "Dubois", "Lefèvre", "Nakamura", "Patel",
)
# fmt: on
NICKNAMES = ('"Bud"', '"Sissy"', "Liz", "Bob", "Bill", "Kate", "Jim", 'Zoë "Z"', "Tommy", "Jen")

# fmt: off
PLACES = (
    ("Portland", "OR", "972"), ("Beaverton", "OR", "970"), ("Gresham", "OR", "970"),
    ("Lake Oswego", "OR", "970"), ("Tigard", "OR", "972"), ("Vancouver", "WA", "986"),
    ("Camas", "WA", "986"), ("Salem", "OR", "973"), ("Hillsboro", "OR", "971"),
    ("Milwaukie", "OR", "972"), ("Coeur d'Alene", "ID", "838"), ("Española", "NM", "875"),
)
# fmt: on
# fmt: off
STREETS = (
    "Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Pine St", "Elm St", "Washington Blvd",
    "Lakeview Rd", "Hawthorne Blvd", "Division St", "Burnside St", "Sandy Blvd", "Alder Ct",
    "Rue de l'Église", "Calle Peñasco",
)
# fmt: on

# fmt: off
CARRIER_NAMES = (
    "Delta Dental", "MetLife", "Aetna Dental", "Cigna Dental", "Guardian", "United Concordia",
    "Humana Dental", "Principal Financial", "Ameritas", "Sun Life", "Blue Cross Blue Shield",
    "Renaissance Dental", "Lincoln Financial", "UnitedHealthcare Dental", "Moda Health",
    "Regence BlueCross", "DentaQuest", "Careington", "GEHA", "Anthem",
)
# fmt: on
# fmt: off
CARRIER_REGIONS = (
    "", "of Oregon", "of Washington", "PPO", "Premier", "Advantage", "Federal",
)
# fmt: on
# fmt: off
EMPLOYERS = (
    "Acme Manufacturing", "City of Portland", "Providence Health", "Intel Corp", "Nike Inc",
    "Portland Public Schools", "Kaiser Permanente", "Fred Meyer", "OHSU", "Daimler Trucks",
    "State of Oregon", "Les Schwab", "Columbia Sportswear", "New Seasons Market", "PGE",
    "Self-employed", "Bonneville Power", "Café Allegro", "Lewis & Clark College", "Tektronix",
)
# fmt: on

# fmt: off
DENTISTS = (
    ("Harrison", "Claire", "DDS"), ("Okafor", "Daniel", "DMD"), ("Lindqvist", "Maja", "DDS"),
    ("Reyes", "Antonio", "DDS"), ("Chen", "Wei", "DMD"), ("Brennan", "Siobhan", "DDS"),
    ("Patel", "Ravi", "DDS"), ("Kowalczyk", "Anna", "DMD"),
)
# fmt: on
# fmt: off
HYGIENISTS = (
    ("Morgan", "Tess", "RDH"), ("Alvarez", "Lucía", "RDH"), ("Ng", "Kevin", "RDH"),
    ("Fischer", "Hanna", "RDH"), ("Dupont", "Amélie", "RDH"), ("Walsh", "Erin", "RDH"),
)
# fmt: on

CLINICS = (
    ("Riverside Dental", "RIV", "1200 SE Water Ave", "Portland", "OR", "97214"),
    ("Hillcrest Family Dentistry", "HIL", "455 NW Crest Dr", "Beaverton", "OR", "97006"),
)
# fmt: off
STAFF = (
    "frontdesk1", "frontdesk2", "billing", "officemgr", "assistant1", "assistant2", "insurance",
    "admin",
)
# fmt: on
# fmt: off
WORKSTATIONS = (
    "FRONTDESK1", "FRONTDESK2", "BILLING-PC", "OP1", "OP2", "OP3", "OP4", "HYG1", "MGR",
)
# fmt: on

# fmt: off
REFERRAL_SOURCES = (
    ("Google", "", "Internet search"), ("Yelp", "", "Review site"),
    ("Friend or family", "", "Word of mouth"), ("Insurance directory", "", "Carrier listing"),
    ("Mailer", "", "Direct mail"), ("Drive-by", "", "Saw the sign"),
)
# fmt: on
# fmt: off
REFERRAL_DOCTORS = (
    ("Lambert", "Hélène", "Endodontics"), ("Garza", "Mateo", "Oral Surgery"),
    ("Kline", "Robert", "Orthodontics"), ("Sørensen", "Ida", "Periodontics"),
    ("O'Donnell", "Sean", "Oral Surgery"), ("Adeyemi", "Tolu", "Endodontics"),
    ("Brandt", "Jürgen", "Orthodontics"), ("Moreau", "Céline", "Periodontics"),
)
# fmt: on

NOTES_APPT = (
    "Pt confirmed via text.",
    "Left voicemail to confirm.",
    "Pt asked for an earlier time if anything opens up.",
    'Pt says "running 10 min late".',
    "Reminder sent by email.",
    "Pt's mom called to reschedule — school conflict.",
    "Confirmed with José at front desk.",
)
NOTES_FIN = (
    "Discussed balance; pt will pay at next visit.",
    "Sent statement; pt disputes the crown fee.",
    "Called about past-due balance, left message.",
    "Pt set up a payment plan: $100/month.",
    "Ins. EOB received; explained write-off to pt.",
    "Card declined — asked pt to call back.",
)
NOTES_RECALL = (
    "Recall reminder sent (text).",
    "Recall postcard mailed.",
    "Pt overdue for cleaning; left message.",
    "Pt said they'll call back after vacation.",
)
NOTES_MISC = (
    "Pt requested copy of x-rays for specialist.",
    "Medical history updated: started blood thinner.",
    "Pt prefers afternoon appointments.",
    "Pt is nervous about needles; consider N2O.",
    "Pt moved — new address on file.",
    'Note: pt\'s name is pronounced "Zo-ee".',
)

# OpenDental Permissions values written to securitylog.PermType.
PERM_PAYMENT_CREATE = 15
PERM_ADJUSTMENT_CREATE = 17
PERM_PROC_COMPLETE_CREATE = 23
PERM_APPOINTMENT_CREATE = 25
PERM_APPOINTMENT_EDIT = 27
PERM_INS_PAY_CREATE = 36
PERM_COMMLOG_EDIT = 43
PERM_PROC_DELETE = 49
PERM_PATIENT_CREATE = 80
PERM_LOG_ON = 116
APPOINTMENT_PERMS = (PERM_APPOINTMENT_CREATE, PERM_APPOINTMENT_EDIT)
