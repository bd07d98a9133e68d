"""The phrase bank the generator builds journal entries from.

Sentences are templates with slots ({person}, {place} ...) so a few dozen
templates give thousands of distinct sentences: a search index over the journal
then sees a realistic spread of words instead of one paragraph repeated.
All text is written for this project. The non-English sentences are simple and
correct, with their meaning beside them, so anyone can check them.
"""
from __future__ import annotations

PEOPLE = [
    "my mother", "my father", "my sister", "my brother", "my grandmother",
    "my grandfather", "my aunt", "my uncle", "my cousin", "my partner", "my neighbour",
    "a colleague", "my manager", "an old friend", "my housemate", "my son", "my daughter",
    "the woman at the corner shop", "a stranger on the bus", "my friend Amara",
    "my friend Jun", "my friend Priya", "Mr Okafor next door", "my old teacher",
    "my nephew", "my niece", "the new volunteer", "the bus driver", "Auntie Grace",
    "my friend Hyun-woo", "my friend Tendai", "the organiser from the tenants' union",
]
PLACES = [
    "the kitchen", "the bus stop", "the park", "the office", "the library", "the market",
    "the community centre", "my grandmother's flat", "the station", "the café on the high street",
    "the school gates", "the allotment", "the clinic waiting room", "the laundrette",
    "the church hall", "the mosque car park", "the temple steps",
    "the food bank", "the corner shop", "the canal path", "the hospital corridor",
]
TIMES = [
    "This morning", "After lunch", "Late in the evening", "On the way home", "Before work",
    "Around midnight", "At dinner", "During the meeting", "Earlier today", "Last night",
    "On the walk back", "While the kettle boiled", "Just before sleep", "At the weekend",
    "Over breakfast", "Between two calls",
]
FEELINGS = [
    "tired", "hopeful", "uneasy", "grateful", "restless", "calm", "frustrated", "tender",
    "anxious", "relieved", "proud", "heavy", "light", "unsettled", "quietly happy",
    "ashamed", "curious", "angry", "seen", "lonely", "steady", "raw",
]
TOPICS = [
    "the news", "money", "my grandmother's health", "the move", "school", "what happened at work",
    "the protest", "our family history", "the rent", "the neighbourhood meeting",
    "a book I am reading", "racism at work", "what solidarity actually asks of us",
    "how we were raised", "the holidays", "the election", "the new job", "forgiveness",
    "the garden", "where we come from", "the language we lost", "the shop my parents ran",
    "who gets believed", "being the only one in the room", "the word ally",
    "police in the neighbourhood", "the visa letters", "our grandparents' migration",
]
NOTICINGS = [
    "the light on the wall", "how quiet the street was", "the smell of rain",
    "my shoulders creeping up", "a blackbird on the fence", "how fast I was talking",
    "who spoke first and who stayed silent", "the queue at the food bank",
    "my jaw clenching", "the steam from the pan", "the first cherry blossom",
    "a child laughing on the stairs", "the posters in the shop window",
    "my breath slowing down", "the way my hands shook", "the security guard watching one family",
    "how easily I was trusted", "the silence after the joke", "the frost on the cars",
]
TALKS = [
    "talked with", "argued with", "laughed with", "called", "had tea with", "walked with",
    "sat with", "texted", "listened to", "cooked with", "wrote to", "caught up with",
]
ACTIONS = [
    "say sorry", "ask more questions", "listen without fixing", "speak up sooner",
    "rest without guilt", "call home more often", "read more widely", "show up for the meeting",
    "give to the mutual aid fund", "check in on my neighbour", "notice when I go quiet",
    "write every day", "ask for help", "name what I saw", "stay when it gets uncomfortable",
    "let someone else lead", "keep the promise I made", "learn the history properly",
]
GRATEFUL = [
    "a long phone call", "warm bread", "the people who showed up", "my sister's patience",
    "a quiet hour", "the bus driver who waited", "clean sheets", "my grandmother's recipes",
    "being asked how I really am", "the neighbour who fixed the gate", "a good cry",
    "the group chat", "sunlight in the afternoon", "a second chance", "soup from next door",
]
WORK = ["slow", "relentless", "quiet", "messy", "tense", "surprisingly kind", "long", "fine"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EMPHASIS = ["really", "actually", "honestly"]

# {x} and {x2} draw independently from the same list.
TEMPLATES = [
    "{time} I {talk} {person} about {topic}.",
    "{time} I felt {feeling}, and I am not entirely sure why.",
    "I noticed {noticing} while I was at {place}.",
    "{Person} said something that stayed with me: that none of us is safe until all of us are.",
    "I want to {action} this week.",
    "It is strange how {topic} keeps coming back to me.",
    "When {person} spoke about {topic}, I realised I had never really asked.",
    "I keep thinking about {noticing}.",
    "Part of me felt {feeling}; another part felt {feeling2}.",
    "We sat together for a long time without saying much.",
    "I did not get it right, but I stayed in the conversation.",
    "{time} I caught myself assuming things I had no reason to assume.",
    "Solidarity is not a feeling but a practice, and today I practised it badly but honestly.",
    "I am learning that listening is not the same as waiting for my turn to speak.",
    "There was a moment when {person} looked at me and I knew I had to say something.",
    "My body knew before I did: {noticing}.",
    "Tomorrow I will try to {action}.",
    "It rained all day and {place} smelled of wet coats.",
    "I wrote down the names of the people who held me up this year, and the list was longer than I expected.",
    "I don't have an answer yet, and I am trying to let that be okay.",
    "I was {feeling} most of the day, then {feeling2} by the evening.",
    "What would it look like to {action} without making it about me?",
    "{Person} reminded me of something Grandma used to say about sharing food.",
    "Work was {work}; the meeting ran over and nobody mentioned the thing we all knew.",
    "I am grateful for {grateful}.",
    "I read a few pages about Black and Asian organising in this city and felt both small and connected.",
    "There is a difference between being kind and being useful, and I want to be both.",
    "I noticed who got interrupted in the meeting, and it was the same two people again.",
    "I told {person} the truth, gently.",
    "It took me {n} minutes to say what I {emph} meant.",
    "I walked {n} minutes along the canal and let my thoughts settle.",
    "On {weekday}s the house feels different.",
    "I slept {hours} hours and it showed.",
    "{time} I {talk} {person}, and for once I asked before I offered advice.",
    "I am {emph} tired of pretending that {topic} does not touch us.",
    "{Person} asked me how I was, and I answered honestly.",
    "I felt {feeling} when the conversation turned to {topic}.",
    "Nobody in {place} seemed to notice, but I did.",
    "I want to remember {noticing}.",
    "It is {emph} the small things: {grateful}, {grateful2}.",
    "Some days showing up is the whole of the work.",
    "I had planned to write more, but {person} called and we talked for an hour.",
    "{time} I cried a little, and afterwards I felt {feeling}.",
    "I asked myself whose comfort I was protecting.",
    "I keep a note on my phone of things I want to say to {person}.",
    "The argument about {topic} was not really about {topic2}.",
    "I think I was {feeling} because I recognised myself in the story.",
    "{Person} cooked too much, as always, and sent me home with three boxes.",
    "I noticed {noticing}, and then I noticed myself looking away.",
    "Writing this down makes it feel smaller and more honest at the same time.",
]

HEADINGS = [
    "Morning", "Evening", "What I noticed", "Things to remember", "Conversations", "Work",
    "Family", "Grateful for", "Later", "Questions I am carrying", "For tomorrow",
    "What my body said", "Reading notes", "The meeting",
]
LIST_ITEMS = [
    "call {person}", "{action}", "read the chapter on {topic}", "buy rice, ginger and spring onions",
    "reply to the tenants' association", "{grateful}", "ask {person} about {topic}",
    "send the letter to the council", "water the plants", "book the clinic appointment",
    "take {person} to {place}", "look up the history of {topic}",
]
QUOTES = [
    "Slow down. Ask again. Listen longer.",
    "Nobody's free until everybody's free.",
    "You don't have to carry it alone.",
    "Whose story is missing from this room?",
    "Rest is part of the work.",
]
TITLES = [
    "A quiet Sunday", "After the meeting", "Rain again", "Notes from the train",
    "What my grandmother said", "On listening", "Small things", "The long call",
    "Tired but hopeful", "Back home", "Showing up", "Questions", "The argument",
    "First frost", "Before the vote", "Dinner at Auntie's", "Things I did not say",
]

# (language, sentence, meaning). Simple sentences; each ends with its script's full stop.
FOREIGN = [
    ("zh", "我想和家人谈谈。", "I want to talk with my family."),
    ("zh", "今天我和妈妈一起做饭。", "Today I cooked with my mother."),
    ("zh", "我们应该互相支持。", "We should support each other."),
    ("zh", "我今天感到很平静。", "I feel calm today."),
    ("zh", "我在学习倾听别人的故事。", "I am learning to listen to other people's stories."),
    ("ja", "今日は家族と話しました。", "Today I talked with my family."),
    ("ja", "少し疲れたけど、気持ちは明るいです。", "A little tired, but my mood is bright."),
    ("ja", "友だちと一緒に散歩しました。", "I went for a walk with a friend."),
    ("ja", "ありがとうと言えてよかった。", "I am glad I could say thank you."),
    ("ja", "もっと聞くことを練習したい。", "I want to practise listening more."),
    ("ko", "오늘 가족과 이야기를 나눴다.", "Today I talked with my family."),
    ("ko", "친구에게 고맙다고 말했다.", "I told my friend thank you."),
    ("ko", "우리는 서로를 도와야 한다.", "We must help each other."),
    ("ko", "마음이 조금 편해졌다.", "My heart became a little easier."),
    ("ko", "할머니가 보고 싶다.", "I miss my grandmother."),
    ("ta", "இன்று நான் என் குடும்பத்துடன் பேசினேன்.", "Today I spoke with my family."),
    ("ta", "நான் என் நண்பரைச் சந்தித்தேன்.", "I met my friend."),
    ("ta", "அம்மா எனக்கு உணவு சமைத்தார்.", "Mother cooked food for me."),
    ("ta", "இன்று மழை பெய்தது.", "It rained today."),
    ("ta", "நான் தமிழ் கற்றுக்கொண்டிருக்கிறேன்.", "I am learning Tamil."),
    ("ml", "ഇന്ന് ഞാൻ എന്റെ കുടുംബത്തോട് സംസാരിച്ചു.", "Today I spoke to my family."),
    ("ml", "ഇന്ന് മഴ പെയ്തു.", "It rained today."),
    ("ml", "എനിക്ക് സന്തോഷമായി.", "I became happy."),
    ("ml", "ഞാൻ എന്റെ സുഹൃത്തിനെ കണ്ടു.", "I saw my friend."),
    ("ml", "നന്ദി പറയാൻ മറക്കരുത്.", "Do not forget to say thank you."),
    ("ar", "تحدثت اليوم مع عائلتي.", "Today I talked with my family."),
    ("ar", "أشعر بالهدوء هذا المساء.", "I feel calm this evening."),
    ("ar", "التقيت بصديقي في المقهى.", "I met my friend at the café."),
    ("ar", "نحن أقوى معًا.", "We are stronger together."),
    ("ar", "شكرًا لكل من ساعدني.", "Thank you to everyone who helped me."),
]
FOREIGN_TITLES = ["家人", "今日のこと", "오늘", "நன்றி", "മഴ", "شكرًا"]

# Single emoji and multi-codepoint ones (skin tone, ZWJ family, variation selector).
EMOJI = ["🌱", "❤️", "🙏🏽", "☕", "🌧️", "👨‍👩‍👧", "✊🏾", "🤝", "📚", "😊", "🍜", "🌸", "😮‍💨"]

# Tags people put on entries: mostly a few common ones, some in other scripts.
TAGS = ["family", "work", "friends", "solidarity", "history", "listening", "body", "courage",
        "reading", "conversations", "grief", "gratitude", "community", "learning", "protest",
        "家人", "家族", "가족", "குடும்பம்", "കുടുംബം", "عائلة", "🌱"]
