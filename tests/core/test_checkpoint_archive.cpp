// The checkpoint validator: a minimal well-formed archive passes, and every damaged or hostile
// variant LibTorch's loader would trust is refused with a message naming the file and what is
// wrong. (test_trainer checks that the checkpoints the Trainer writes pass.)

#include <QtTest>

#include <string>
#include <vector>

#include "../common/checkpoint_builder.h"
#include "common/error.h"
#include "train/checkpoint_archive.h"

using namespace allcnn;
using testing::CheckpointParts;
using testing::PickleWriter;
using testing::ZipMember;

namespace {

QString refusal(const std::string& archive) {
  try {
    train::check_checkpoint_archive(reinterpret_cast<const uint8_t*>(archive.data()),
                                    archive.size(), "ck.pt");
  } catch (const Error& e) {
    return QString::fromStdString(e.what());
  }
  return {};
}

std::vector<ZipMember> with(std::vector<ZipMember> members, const std::string& name,
                            const std::string& data) {
  for (auto& m : members)
    if (m.name == name) m.data = data;
  return members;
}

// A protocol 2 pickle of `body` and STOP.
std::string pickle_with(const std::string& body) { return PickleWriter().raw(body).stop(); }

}  // namespace

Q_DECLARE_METATYPE(std::string)

class TestCheckpointArchive : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void a_minimal_checkpoint_passes() {
    QCOMPARE(refusal(testing::zip(CheckpointParts().members())), QString());
  }

  void damaged_archives_are_refused_data() {
    QTest::addColumn<std::string>("archive");
    QTest::addColumn<QString>("reason");
    const CheckpointParts good;
    const std::string whole = testing::zip(good.members());
    QTest::newRow("empty file") << std::string() << "ck.pt: is not a ZIP archive (0 bytes)";
    QTest::newRow("truncated") << whole.substr(0, whole.size() / 2)
                               << "no end of central directory record";
    QTest::newRow("not a zip") << std::string(100, 'x') << "is not a ZIP archive";
    auto members = good.members();
    members[3].wrong_crc = true;
    QTest::newRow("tensor record corrupt")
        << testing::zip(members) << "member 'archive/data/0' is corrupt (CRC-32 mismatch)";
    members = good.members();
    members[1].stated_size = 100000000;
    QTest::newRow("code inflates to less than stated")
        << testing::zip(members)
        << "member 'archive/code/__torch__.py' has 100000000 bytes, more than the 1048576";
    members = good.members();
    members[1].stated_size = 20;
    QTest::newRow("code inflates to more than stated")
        << testing::zip(members) << "does not inflate to the 20 bytes its directory entry states";
    std::string overlapping = whole;
    // Point the second member's directory entry at the first member's local header.
    const size_t second = overlapping.rfind("archive/code/__torch__.py") - 46;
    overlapping.replace(second + 42, 4, std::string(4, '\0'));
    QTest::newRow("directory entry at another member")
        << overlapping << "member 'archive/code/__torch__.py' has a local header for another name";
    members = good.members();
    members.push_back({"archive/../../etc/passwd", "x"});
    QTest::newRow("foreign member")
        << testing::zip(members) << "has the unexpected member '../../etc/passwd'";
    members = good.members();
    members.push_back({"elsewhere/data.pkl", "x"});
    QTest::newRow("two folders") << testing::zip(members) << "members are not in one folder";
    members = good.members();
    members.push_back(members[0]);
    QTest::newRow("duplicate member")
        << testing::zip(members) << "member 'archive/data.pkl' appears twice";
    members = good.members();
    members.pop_back();
    QTest::newRow("no version") << testing::zip(members) << "no version record";
    QTest::newRow("version not a number")
        << testing::zip(with(good.members(), "archive/version", "3; rm -rf /"))
        << "version holds 11 bytes that are not what LibTorch writes there";
  }
  void damaged_archives_are_refused() {
    QFETCH(std::string, archive);
    QFETCH(QString, reason);
    const QString message = refusal(archive);
    QVERIFY2(message.startsWith("ck.pt: "), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
  }

  void code_that_could_run_is_refused_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    const QString head = "class Module(Module):\n  __parameters__ = [\"w\", ]\n  w : Tensor\n";
    // __setstate__ would run while unpickling: a checkpoint must never carry a method.
    QTest::newRow("a method") << head +
                                     "  def __setstate__(self, state: Tensor) -> None:\n"
                                     "    print(state)\n"
                              << "line 4 is not an attribute declaration";
    QTest::newRow("a second class") << head + "class Module(Module):\n"
                                    << "line 4 is not an attribute declaration";
    QTest::newRow("an expression type") << head + "  x : __import__(\"os\")\n"
                                        << "line 4";
    QTest::newRow("a quote in a key") << "class Module(Module):\n  __parameters__ = [\"a\\\"\", ]\n"
                                      << "line 2";
    QTest::newRow("attributes before the class") << "  w : Tensor\n" + head << "line 1";
    QTest::newRow("no class") << "\n"
                              << "declares no class";
    QTest::newRow("too deep a type") << head + "  t : " + QString("List[").repeated(20) + "int" +
                                            QString("]").repeated(20) + "\n"
                                     << "line 4";
  }
  void code_that_could_run_is_refused() {
    QFETCH(QString, code);
    QFETCH(QString, reason);
    CheckpointParts parts;
    parts.code = code.toStdString();
    const QString message = refusal(testing::zip(parts.members()));
    QVERIFY2(message.contains("ck.pt: code/__torch__.py: "), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
  }

  void declarations_libtorch_writes_pass() {
    CheckpointParts parts;
    parts.code +=
        "  __annotations__ = []\n  __annotations__[\"0x559a561512a0\"] = "
        "__torch__.___torch_mangle_27.Module\n  __annotations__[\"params/size\"] = Tensor\n"
        "  betas : Tuple[float, float]\n  layers : __torch__.___torch_mangle_0.Module\n"
        "  maybe : Optional[List[int]]\n  names : Dict[str, Tensor]\n  flag : bool\n";
    QCOMPARE(refusal(testing::zip(parts.members())), QString());
  }

  void hostile_pickles_are_refused_data() {
    QTest::addColumn<std::string>("data_pkl");
    QTest::addColumn<QString>("reason");
    CheckpointParts parts;
    parts.rows = 3;  // 3x3 over 6 elements: rows 2 reads past the storage
    QTest::newRow("tensor past its storage")
        << parts.data_pkl() << "rebuilds a tensor that reaches past its storage (element 8 of 6)";
    parts = CheckpointParts();
    parts.offset = 1;
    QTest::newRow("offset past its storage") << parts.data_pkl() << "reaches past its storage";
    parts = CheckpointParts();
    parts.row_stride = 200;
    QTest::newRow("stride past its storage") << parts.data_pkl() << "reaches past its storage";
    parts = CheckpointParts();
    parts.elements = 7;
    QTest::newRow("storage larger than its record")
        << parts.data_pkl() << "declares 7 elements (28 bytes) for data/0, which holds 24 bytes";
    QTest::newRow("unknown global")
        << pickle_with(PickleWriter().global("os", "system").stop().substr(2, 11))
        << "uses the global 'os system', which a checkpoint never holds";
    QTest::newRow("reduce on an empty stack")
        << pickle_with("R") << "data.pkl: pops an empty stack at byte 2";
    QTest::newRow("pop below a mark")
        << pickle_with("N(\x85") << "data.pkl: pops an empty stack at byte 4";
    // LibTorch reserves memory for a memo index: 4 billion would be 64 GB.
    QTest::newRow("memo index far ahead")
        << pickle_with("Nr\xff\xff\xff\xff") << "has a memo index out of sequence";
    QTest::newRow("memo read before written")
        << pickle_with("h\x05") << "reads a memo entry that was never written";
    QTest::newRow("string past the end")
        << pickle_with("X\xff\xff\xff\x7f") << "ends in the middle of an opcode";
    QTest::newRow("unknown opcode") << pickle_with("\x94") << "has the opcode 0x94";
    QTest::newRow("bytes after stop") << PickleWriter().op(')').stop() + "N"
                                      << "has bytes after STOP";
    QTest::newRow("unbalanced") << pickle_with("NN") << "stops with an unbalanced stack";
    QTest::newRow("not a module") << pickle_with(")")
                                  << "data.pkl: is not a checkpoint's module object";
    QTest::newRow("root of another class")
        << PickleWriter().global("__torch__.___torch_mangle_9", "Module").op(')').op('\x81').stop()
        << "data.pkl: is not a checkpoint's module object";
    QTest::newRow("undeclared class")
        << PickleWriter()
               .global("__torch__", "Module")
               .op(')')
               .op('\x81')
               .op('}')
               .op('(')
               .str("m")
               .global("__torch__.___torch_mangle_9", "Module")
               .op(')')
               .op('\x81')
               .op('u')
               .op('b')
               .stop()
        << "data.pkl: uses the class __torch__.___torch_mangle_9.Module, which no code file "
           "declares";
    QTest::newRow("not protocol 2") << std::string("\x80\x05N.", 4) << "is not a protocol 2 pickle";
  }
  void hostile_pickles_are_refused() {
    QFETCH(std::string, data_pkl);
    QFETCH(QString, reason);
    const QString message =
        refusal(testing::zip(with(CheckpointParts().members(), "archive/data.pkl", data_pkl)));
    QVERIFY2(message.startsWith("ck.pt: "), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
  }

  void constants_must_be_empty() {
    CheckpointParts parts;
    parts.constants = PickleWriter().op('N').op('\x85').stop();
    QVERIFY(refusal(testing::zip(parts.members()))
                .contains("constants.pkl: a checkpoint has no constants"));
  }
};

QTEST_GUILESS_MAIN(TestCheckpointArchive)
#include "test_checkpoint_archive.moc"
