<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>loading %1 from %2</source>
        <translation>正在从 %2 加载 %1</translation>
    </message>
    <message>
        <source>copying the dataset to %1</source>
        <translation>正在把数据集复制到 %1</translation>
    </message>
    <message>
        <source>fitting the preprocessing (%1)</source>
        <translation>正在拟合预处理（%1）</translation>
    </message>
    <message>
        <source>no checkpoint yet: starting the run again from its first batch</source>
        <translation>尚无检查点：从第一个批次重新开始运行</translation>
    </message>
    <message>
        <source>resuming at epoch %1, batch %2</source>
        <translation>从第 %1 轮第 %2 批继续</translation>
    </message>
    <message>
        <source>loading initial weights from %1</source>
        <translation>正在从 %1 加载初始权重</translation>
    </message>
    <message>
        <source>LSUV on %1 training images</source>
        <translation>LSUV 使用 %1 张训练图像</translation>
    </message>
    <message>
        <source>LSUV done in %1 ms</source>
        <translation>LSUV 完成，用时 %1 毫秒</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>已继续</translation>
    </message>
    <message>
        <source>the run was interrupted: the process that trained it (%1) ended without a word (killed, crashed, or its machine went down)</source>
        <translation>运行被中断：训练它的进程（%1）未留下任何信息就结束了（被终止、崩溃，或其机器宕机）</translation>
    </message>
    <message>
        <source>stopped by the user during LSUV initialization, before the first batch</source>
        <translation>用户在 LSUV 初始化期间停止，尚未训练第一个批次</translation>
    </message>
    <message>
        <source>stopped by the user at epoch %1, batch %2</source>
        <translation>用户在第 %1 轮第 %2 批停止</translation>
    </message>
    <message>
        <source>stopped by the user while evaluating epoch %1 (a resume evaluates it again)</source>
        <translation>用户在评估第 %1 轮时停止（继续运行时会重新评估）</translation>
    </message>
    <message>
        <source>the loss became NaN at epoch %1, batch %2 (learning rate %3); try a lower learning rate</source>
        <translation>损失在第 %1 轮第 %2 批变为 NaN（学习率 %3）；请尝试更低的学习率</translation>
    </message>
    <message>
        <source>the loss became infinite at epoch %1, batch %2 (learning rate %3); try a lower learning rate</source>
        <translation>损失在第 %1 轮第 %2 批变为无穷大（学习率 %3）；请尝试更低的学习率</translation>
    </message>
    <message>
        <source>LibTorch: %1</source>
        <translation>LibTorch：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>“%1”不是 true 或 false</translation>
    </message>
    <message>
        <source>is empty; expected a whole number</source>
        <translation>为空；需要一个整数</translation>
    </message>
    <message>
        <source>is empty; expected a number</source>
        <translation>为空；需要一个数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation>“%1”太大</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too small</source>
        <translation>“%1”太小</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be negative</source>
        <translation>“%1”不能为负数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of the range of a double</source>
        <translation>“%1”超出了双精度浮点数的范围</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>“%1”不是有限数</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>包含控制字符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty item</source>
        <translation>“%1”含有空项</translation>
    </message>
    <message>
        <source>%1 is out of range %2</source>
        <translation>%1 超出范围 %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>needs a momentum above 0</source>
        <translation>需要大于 0 的动量</translation>
    </message>
    <message>
        <source>must be increasing</source>
        <translation>必须递增</translation>
    </message>
    <message>
        <source>is more than 4 per core (%1 cores here), which only slows training down</source>
        <translation>超过每核 4 个（本机 %1 核），只会拖慢训练</translation>
    </message>
    <message>
        <source>must be a plain folder name</source>
        <translation>必须是一个简单的文件夹名</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (expected %3)</source>
        <translation>未知的 %1“%2”（应为 %3）</translation>
    </message>
    <message>
        <source>must be at least %1: the run has started %1 epochs</source>
        <translation>至少应为 %1：该运行已开始 %1 轮</translation>
    </message>
    <message>
        <source>must be at least %1: the run has done %1 epochs</source>
        <translation>至少应为 %1：该运行已完成 %1 轮</translation>
    </message>
    <message>
        <source>a batch of %1 images needs about %2 for training (%3, width %4, %5x%5 pixels); this machine has %6 available: about %7 images fit</source>
        <translation>一个 %1 张图像的批次训练约需 %2（%3，宽度 %4，%5x%5 像素）；本机可用 %6：约可容纳 %7 张图像</translation>
    </message>
    <message>
        <source>no dataset folder given</source>
        <translation>未指定数据集文件夹</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>%1 was not found; give its folder or set ALLCNN_DATA_DIR</source>
        <translation>未找到 %1；请指定其文件夹或设置 ALLCNN_DATA_DIR</translation>
    </message>
    <message>
        <source>an image-folder dataset needs its folder</source>
        <translation>图像文件夹数据集需要指定其文件夹</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>read error (the file shrank while being read?)</source>
        <translation>读取错误（文件在读取时变小了？）</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>truncated IDX header: %1 bytes</source>
        <translation>IDX 文件头被截断：%1 字节</translation>
    </message>
    <message>
        <source>wrong IDX magic number %1; expected %2 (%3)</source>
        <translation>IDX 魔数 %1 错误；应为 %2（%3）</translation>
    </message>
    <message>
        <source>truncated: the header says %1 %2 (%3 bytes), the file has %4 bytes of data</source>
        <translation>文件被截断：文件头声明 %1 %2（%3 字节），文件只有 %4 字节数据</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the %2 %3 the header describes</source>
        <translation>文件头描述的 %2 %3 之后有 %1 个多余字节</translation>
    </message>
    <message>
        <source>corrupt gzip data: %1</source>
        <translation>gzip 数据损坏：%1</translation>
    </message>
    <message>
        <source>corrupt gzip data: the compressed stream ends early (truncated file?)</source>
        <translation>gzip 数据损坏：压缩流提前结束（文件被截断？）</translation>
    </message>
    <message>
        <source>truncated: %1 bytes is not a whole number of %2-byte records</source>
        <translation>文件被截断：%1 字节不是 %2 字节记录的整数倍</translation>
    </message>
    <message>
        <source>label %1 out of range [0, %2) in record %3</source>
        <translation>记录 %3 中的标签 %1 超出范围 [0, %2)</translation>
    </message>
    <message>
        <source>label %1 out of range [0, %2) at item %3</source>
        <translation>第 %3 项的标签 %1 超出范围 [0, %2)</translation>
    </message>
    <message>
        <source>%1 images but %2 labels (images from %3)</source>
        <translation>%1 张图像但有 %2 个标签（图像来自 %3）</translation>
    </message>
    <message>
        <source>images are %1x%2 but the training images are %3x%4</source>
        <translation>图像为 %1x%2，但训练图像为 %3x%4</translation>
    </message>
    <message>
        <source>found %1 image files in %2 class folders (train/ and test/)</source>
        <translation>在 %2 个类别文件夹中找到 %1 个图像文件（train/ 和 test/）</translation>
    </message>
    <message>
        <source>found %1 image files in %2 class folders (one set, %3% of each class held out for testing)</source>
        <translation>在 %2 个类别文件夹中找到 %1 个图像文件（单一集合，每类留出 %3% 用于测试）</translation>
    </message>
    <message>
        <source>ignored %1 file(s) without an image extension (first: %2)</source>
        <translation>忽略了 %1 个没有图像扩展名的文件（第一个：%2）</translation>
    </message>
    <message>
        <source>could not list %1</source>
        <translation>无法列出 %1</translation>
    </message>
    <message>
        <source>decoding %1 images</source>
        <translation>正在解码 %1 张图像</translation>
    </message>
    <message>
        <source>decoded %1 images in %2 s</source>
        <translation>已解码 %1 张图像，用时 %2 秒</translation>
    </message>
    <message>
        <source>the folder changed while it was read (%1); reading it again</source>
        <translation>文件夹在读取时发生了变化（%1）；正在重新读取</translation>
    </message>
    <message>
        <source>converted %1 colour images to grey</source>
        <translation>已将 %1 张彩色图像转换为灰度</translation>
    </message>
    <message>
        <source>converted %1 colour images to grey (the majority&apos;s channels)</source>
        <translation>已将 %1 张彩色图像转换为灰度（多数图像的通道数）</translation>
    </message>
    <message>
        <source>converted %1 grey images to RGB</source>
        <translation>已将 %1 张灰度图像转换为 RGB</translation>
    </message>
    <message>
        <source>converted %1 grey images to RGB (the majority&apos;s channels)</source>
        <translation>已将 %1 张灰度图像转换为 RGB（多数图像的通道数）</translation>
    </message>
    <message>
        <source>skipped %1 unreadable file(s):</source>
        <translation>跳过了 %1 个无法读取的文件：</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation>  ……以及另外 %1 个</translation>
    </message>
    <message>
        <source>cached the decoded images in %1</source>
        <translation>已将解码后的图像缓存到 %1</translation>
    </message>
    <message>
        <source>could not cache the decoded images (%1); the next run decodes them again</source>
        <translation>无法缓存解码后的图像（%1）；下次运行将重新解码</translation>
    </message>
    <message>
        <source>not using the cache %1: %2</source>
        <translation>不使用缓存 %1：%2</translation>
    </message>
    <message>
        <source>read %1 decoded images from the cache %2</source>
        <translation>已从缓存 %2 读取 %1 张解码图像</translation>
    </message>
    <message>
        <source>dropped %1 class(es) without training images: %2</source>
        <translation>舍弃了 %1 个没有训练图像的类别：%2</translation>
    </message>
    <message>
        <source>no test images for %1 class(es): %2</source>
        <translation>%1 个类别没有测试图像：%2</translation>
    </message>
    <message>
        <source>downloading %1 (%2)</source>
        <translation>正在下载 %1（%2）</translation>
    </message>
    <message>
        <source>downloading %1 (%2), resuming at %3</source>
        <translation>正在下载 %1（%2），从 %3 处继续</translation>
    </message>
    <message>
        <source>checked %1 (SHA-256 %2...)</source>
        <translation>已校验 %1（SHA-256 %2...）</translation>
    </message>
    <message>
        <source>%1 is already in %2; nothing to download</source>
        <translation>%1 已在 %2 中；无需下载</translation>
    </message>
    <message>
        <source>%1 is there already and checks out</source>
        <translation>%1 已存在且校验通过</translation>
    </message>
    <message>
        <source>unpacking %1</source>
        <translation>正在解压 %1</translation>
    </message>
    <message>
        <source>%1 is ready in %2</source>
        <translation>%1 已就绪，位于 %2</translation>
    </message>
    <message>
        <source>is being trained by %1: stop that run first (only one process writes a run)</source>
        <translation>正在被 %1 训练：请先停止该运行（同一运行只能由一个进程写入）</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>write failed (%1)</source>
        <translation>写入失败（%1）</translation>
    </message>
    <message>
        <source>write failed (%1); is the disk full?</source>
        <translation>写入失败（%1）；磁盘已满？</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>无法替换文件：%1</translation>
    </message>
    <message>
        <source>cannot open for appending: %1</source>
        <translation>无法以追加方式打开：%1</translation>
    </message>
    <message>
        <source>is not a run folder</source>
        <translation>不是运行文件夹</translation>
    </message>
    <message>
        <source>no such checkpoint file</source>
        <translation>检查点文件不存在</translation>
    </message>
    <message>
        <source>is not a readable checkpoint: %1</source>
        <translation>不是可读取的检查点：%1</translation>
    </message>
    <message>
        <source>is not an All-CNN Workbench checkpoint</source>
        <translation>不是 All-CNN Workbench 的检查点</translation>
    </message>
    <message>
        <source>was saved from another model (%1), not %2</source>
        <translation>保存自另一个模型（%1），而不是 %2</translation>
    </message>
    <message>
        <source>%1 has the shape %2, the model&apos;s has %3</source>
        <translation>%1 的形状为 %2，模型的形状为 %3</translation>
    </message>
    <message>
        <source>is incomplete or does not match the model: %1</source>
        <translation>不完整或与模型不匹配：%1</translation>
    </message>
    <message>
        <source>a run with this name exists already: choose another name, or resume it</source>
        <translation>同名运行已存在：请换一个名字，或继续该运行</translation>
    </message>
    <message>
        <source>cannot create the run folder: %1</source>
        <translation>无法创建运行文件夹：%1</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>is missing: not a run folder (or one still being created)</source>
        <translation>缺失：不是运行文件夹（或仍在创建中）</translation>
    </message>
    <message>
        <source>is a folder, not an image file</source>
        <translation>是文件夹，不是图像文件</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>cannot read: the file ended early</source>
        <translation>无法读取：文件提前结束</translation>
    </message>
    <message>
        <source>image too large to decode safely: the file has %1 MiB (the limit is %2 MiB)</source>
        <translation>图像太大，无法安全解码：文件有 %1 MiB（上限为 %2 MiB）</translation>
    </message>
    <message>
        <source>image too large to decode safely: %1 MiB (the limit is %2 MiB)</source>
        <translation>图像太大，无法安全解码：%1 MiB（上限为 %2 MiB）</translation>
    </message>
    <message>
        <source>could not decode the %1 image: %2</source>
        <translation>无法解码该 %1 图像：%2</translation>
    </message>
    <message>
        <source>could not decode the %1 image (corrupt or truncated)</source>
        <translation>无法解码该 %1 图像（已损坏或被截断）</translation>
    </message>
    <message>
        <source>decoded to more than 8 bits per channel</source>
        <translation>解码结果每通道超过 8 位</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>图像为空</translation>
    </message>
    <message>
        <source>image too large: %1x%2 pixels</source>
        <translation>图像太大：%1x%2 像素</translation>
    </message>
    <message>
        <source>cannot list the folder: %1</source>
        <translation>无法列出文件夹：%1</translation>
    </message>
    <message>
        <source>is a file; expected a folder of class folders</source>
        <translation>是文件；需要一个包含类别文件夹的文件夹</translation>
    </message>
    <message>
        <source>holds no class folders: expected one subfolder per class (&lt;class&gt;/image.png), or train/&lt;class&gt;/ and test/&lt;class&gt;/</source>
        <translation>不含类别文件夹：应为每个类别一个子文件夹（&lt;class&gt;/image.png），或 train/&lt;class&gt;/ 和 test/&lt;class&gt;/</translation>
    </message>
    <message>
        <source>cannot write (disk full?)</source>
        <translation>无法写入（磁盘已满？）</translation>
    </message>
    <message>
        <source>the download was cancelled</source>
        <translation>下载已取消</translation>
    </message>
    <message>
        <source>the download broke off after %1 (%2); run it again to resume</source>
        <translation>下载在 %1 后中断（%2）；再次运行即可继续</translation>
    </message>
    <message>
        <source>the download broke off after %1 of %2 (%3); run it again to resume</source>
        <translation>下载在 %2 中的 %1 后中断（%3）；再次运行即可继续</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>服务器返回 HTTP %1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>must be a JSON object with a name, its base settings, cases, the settings that vary and the seeds</source>
        <translation>必须是一个 JSON 对象，包含名称、基础设置、情形、变化的设置和种子</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (expected name, description, base, cases, vary or seeds)</source>
        <translation>未知字段“%1”（应为 name、description、base、cases、vary 或 seeds）</translation>
    </message>
    <message>
        <source>must be a plain folder name of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>必须是由字母、数字、“-”、“_”和“.”组成的普通文件夹名</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be a JSON object of settings by their config.json keys</source>
        <translation>必须是以 config.json 键命名设置的 JSON 对象</translation>
    </message>
    <message>
        <source>must be a list of values, like [0.01, 0.001]</source>
        <translation>必须是值的列表，例如 [0.01, 0.001]</translation>
    </message>
    <message>
        <source>must be a list of JSON objects of settings, one per case</source>
        <translation>必须是设置的 JSON 对象列表，每种情形一个</translation>
    </message>
    <message>
        <source>has no values: give at least one</source>
        <translation>没有值：请至少给出一个</translation>
    </message>
    <message>
        <source>lists %1 twice</source>
        <translation>重复列出了 %1</translation>
    </message>
    <message>
        <source>is set by the group (each run&apos;s seed and folder name), not in base, cases or vary</source>
        <translation>由组设置（每个运行的种子和文件夹名），不能写在 base、cases 或 vary 中</translation>
    </message>
    <message>
        <source>is set in more than one of base, cases and vary</source>
        <translation>在 base、cases 和 vary 中被设置了不止一次</translation>
    </message>
    <message>
        <source>must be a number of seeds of at least 1, or a non-empty list of distinct seeds</source>
        <translation>必须是至少为 1 的种子数量，或一个非空且互不相同的种子列表</translation>
    </message>
    <message>
        <source>makes %1 runs; a group makes at most %2</source>
        <translation>会生成 %1 个运行；一个组最多生成 %2 个</translation>
    </message>
    <message>
        <source>two runs would share the folder %1: make the values differ in letters or digits</source>
        <translation>两个运行会共用文件夹 %1：请让这些值在字母或数字上有所不同</translation>
    </message>
    <message>
        <source>is varied by the group, so it cannot be set for every run</source>
        <translation>由组进行变化，因此不能为每个运行统一设置</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (expected %2)</source>
        <translation>未知预设“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>The original initialization study: LSUV, Glorot normal, He uniform and Gaussian; dropout, shift, flip and ZCA</source>
        <translation>原项目的初始化研究：LSUV、Glorot 正态、He 均匀和高斯；dropout、平移、翻转和 ZCA</translation>
    </message>
    <message>
        <source>The original augmentation study (LSUV): shift, flip, normalization and ZCA alone and together</source>
        <translation>原项目的数据增强研究（LSUV）：平移、翻转、归一化和 ZCA，单独及组合使用</translation>
    </message>
    <message>
        <source>The original regularization study (LSUV, shift only): dropout or batch norm</source>
        <translation>原项目的正则化研究（LSUV，仅平移）：dropout 或批归一化</translation>
    </message>
    <message>
        <source>The original optimizer study (LSUV, shift only): SGD with Nesterov momentum, RMSprop and Adam</source>
        <translation>原项目的优化器研究（LSUV，仅平移）：带 Nesterov 动量的 SGD、RMSprop 和 Adam</translation>
    </message>
    <message>
        <source>finished before: skipped</source>
        <translation>此前已完成：已跳过</translation>
    </message>
    <message>
        <source>failed before (%1): remove its folder to train it again</source>
        <translation>此前失败（%1）：删除其文件夹即可重新训练</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a fraction below 1 nor a whole number of images</source>
        <translation>“%1”既不是小于 1 的比例，也不是整数张图像</translation>
    </message>
    <message>
        <source>%1 validation images leave nothing to train on: there are %2 training images</source>
        <translation>留出 %1 张验证图像后便没有可训练的图像：训练图像共 %2 张</translation>
    </message>
    <message>
        <source>%1 validation images leave class %2 without training images (it has %3)</source>
        <translation>%1 张验证图像使类别 %2 没有训练图像（该类别共有 %3 张）</translation>
    </message>
    <message>
        <source>held out %1 of the %2 training images for validation (stratified by class, fixed by seed %3)</source>
        <translation>从 %2 张训练图像中留出 %1 张用于验证（按类别分层，由种子 %3 固定）</translation>
    </message>
    <message>
        <source>no validation split: each epoch is evaluated on the test split (the paper&apos;s protocol)</source>
        <translation>没有验证集：每轮都在测试集上评估（论文的做法）</translation>
    </message>
    <message>
        <source>test split, best checkpoint (epoch %1): accuracy %2%, loss %3</source>
        <translation>测试集，最佳检查点（第 %1 轮）：准确率 %2%，损失 %3</translation>
    </message>
    <message>
        <source>test split, last checkpoint (epoch %1): accuracy %2%, loss %3</source>
        <translation>测试集，最后检查点（第 %1 轮）：准确率 %2%，损失 %3</translation>
    </message>
    <message>
        <source>stopped early at epoch %1: no improvement of the validation accuracy for %2 epochs since epoch %3</source>
        <translation>在第 %1 轮提前停止：自第 %3 轮以来已有 %2 轮验证准确率没有提高</translation>
    </message>
    <message>
        <source>stopped early at epoch %1: no improvement of the test accuracy for %2 epochs since epoch %3 (no validation split: the test split decided)</source>
        <translation>在第 %1 轮提前停止：自第 %3 轮以来已有 %2 轮测试准确率没有提高（没有验证集：由测试集决定）</translation>
    </message>
    <message>
        <source>epoch %1: no improvement for %2 epochs; the learning rate is now %3</source>
        <translation>第 %1 轮：已有 %2 轮没有提高；学习率现为 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>learning-rate range test: %1 batches, the rate growing from %2 to %3</source>
        <translation>学习率范围测试：%1 个批次，学习率从 %2 增长到 %3</translation>
    </message>
    <message>
        <source>must be below the end rate (%1)</source>
        <translation>必须小于结束学习率（%1）</translation>
    </message>
    <message>
        <source>the loss diverged at learning rate %1 (batch %2): the test ends there</source>
        <translation>损失在学习率 %1（第 %2 批）处发散：测试到此结束</translation>
    </message>
    <message>
        <source>stopped by the user after %1 batches</source>
        <translation>在 %1 个批次后被用户停止</translation>
    </message>
    <message>
        <source>suggested learning rate: %1, where the loss falls fastest (lowest loss at %2)</source>
        <translation>建议学习率：%1，此处损失下降最快（最低损失在 %2）</translation>
    </message>
    <message>
        <source>no suggestion: the loss did not fall over this range; try a wider range or more batches</source>
        <translation>无建议：在此范围内损失没有下降；请尝试更宽的范围或更多批次</translation>
    </message>
    <message>
        <source>is not a learning-rate range test&apos;s folder</source>
        <translation>不是学习率范围测试的文件夹</translation>
    </message>
    <message>
        <source>the output unit of class %1 (%2) in layer %3 was 0 for every image of the last %4 batches: the net cannot learn this class. Cures: batch norm (--bn), a lower learning rate (now %5), LSUV&apos;s data-driven scaling (--init lsuv)</source>
        <translation>类别 %1（%2）在层 %3 中的输出单元在最近 %4 个批次的每张图像上都为 0：网络无法学习这个类别。对策：批归一化（--bn）、更低的学习率（当前 %5）、LSUV 的数据驱动缩放（--init lsuv）</translation>
    </message>
    <message>
        <source>the output unit of class %1 (%2) in layer %3 was %4 for every image of the last %5 batches: the net cannot learn this class. Cures: batch norm (--bn), a lower learning rate (now %6), LSUV&apos;s data-driven scaling (--init lsuv)</source>
        <translation>类别 %1（%2）在层 %3 中的输出单元在最近 %5 个批次的每张图像上都为 %4：网络无法学习这个类别。对策：批归一化（--bn）、更低的学习率（当前 %6）、LSUV 的数据驱动缩放（--init lsuv）</translation>
    </message>
    <message>
        <source>%1% of the ReLUs of layer %2 (%3 of %4 channels) were 0 for every image of the last %5 batches. Cures: batch norm (--bn), a lower learning rate (now %6), LSUV&apos;s data-driven scaling (--init lsuv)</source>
        <translation>层 %2 中 %1% 的 ReLU（%4 个通道中的 %3 个）在最近 %5 个批次的每张图像上都为 0。对策：批归一化（--bn）、更低的学习率（当前 %6）、LSUV 的数据驱动缩放（--init lsuv）</translation>
    </message>
    <message>
        <source>rank %1 of %2 joined the process group at %3 (Gloo); rank 0 records the run</source>
        <translation>%2 个进程中的第 %1 号已加入 %3 处的进程组（Gloo）；由 0 号进程记录本次运行</translation>
    </message>
    <message>
        <source>rank 0 cannot host the process group at %1 (is the port in use?): %2</source>
        <translation>0 号进程无法在 %1 上承载进程组（端口是否已被占用？）：%2</translation>
    </message>
    <message>
        <source>rank %1 cannot reach the process group&apos;s master at %2 within %3 s: %4</source>
        <translation>%1 号进程在 %3 秒内无法连接到 %2 处的进程组主节点：%4</translation>
    </message>
    <message>
        <source>not all %1 processes joined the process group at %2 within %3 s: %4</source>
        <translation>%1 个进程未能全部在 %3 秒内加入 %2 处的进程组：%4</translation>
    </message>
    <message>
        <source>rank %1 lost contact with the process group during %2 (another process ended or stopped answering): %3</source>
        <translation>%1 号进程在 %2 期间与进程组失去联系（另一个进程已结束或不再响应）：%3</translation>
    </message>
    <message>
        <source>a batch of %1 images cannot be shared among %2 processes</source>
        <translation>%1 张图像的批次无法分给 %2 个进程</translation>
    </message>
    <message>
        <source>rank %1 is outside a world of %2 processes</source>
        <translation>进程号 %1 超出了 %2 个进程的范围</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ADDR:PORT with a port from 1 to 65535</source>
        <translation>“%1”不是端口在 1 到 65535 之间的 地址:端口</translation>
    </message>
    <message>
        <source>rank %1 ended with exit status %2: stopping the other processes</source>
        <translation>%1 号进程以退出状态 %2 结束：正在停止其他进程</translation>
    </message>
    <message>
        <source>rank %1 was ended by signal %2: stopping the other processes</source>
        <translation>%1 号进程被信号 %2 结束：正在停止其他进程</translation>
    </message>
</context>
<context>
    <name>InspectModel</name>
    <message>
        <source>LibTorch error: %1</source>
        <translation>LibTorch 错误：%1</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <source>%1 — %2, width %3, %4×%5×%5, %6 checkpoint (epoch %7)</source>
        <translation>%1 — %2，宽度 %3，%4×%5×%5，%6 检查点（第 %7 轮）</translation>
    </message>
    <message>
        <source>no image files found</source>
        <translation>未找到图像文件</translation>
    </message>
    <message>
        <source>no model loaded: load a run first</source>
        <translation>未加载模型：请先加载一个运行</translation>
    </message>
    <message>
        <source>the clipboard holds no image</source>
        <translation>剪贴板中没有图像</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>均值 %1</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>deconvnet</source>
        <translation>Deconvnet</translation>
    </message>
    <message>
        <source>guided backpropagation</source>
        <translation>引导反向传播</translation>
    </message>
    <message>
        <source>Last evaluation of the run: %1 test images</source>
        <translation>该运行的最近一次评估：%1 张测试图像</translation>
    </message>
    <message>
        <source>test image %1</source>
        <translation>测试图像 %1</translation>
    </message>
    <message>
        <source>%1 checkpoint (epoch %2)</source>
        <translation>%1 检查点（第 %2 轮）</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>未加载模型。</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Batch loss</source>
        <translation>批次损失</translation>
    </message>
    <message>
        <source>Batch accuracy</source>
        <translation>批次准确率</translation>
    </message>
    <message>
        <source>Train loss (epoch)</source>
        <translation>训练损失（每轮）</translation>
    </message>
    <message>
        <source>Train accuracy (epoch)</source>
        <translation>训练准确率（每轮）</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Validation or test loss</source>
        <translation>验证或测试损失</translation>
    </message>
    <message>
        <source>Validation or test accuracy</source>
        <translation>验证或测试准确率</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: is not a JSON object (%2)</source>
        <translation>%1：不是 JSON 对象（%2）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 holds no LSUV trace and no drift measurements</source>
        <translation>%1 中既没有 LSUV 记录，也没有漂移测量数据</translation>
    </message>
    <message>
        <source>fresh %1 (width %2) on %3 images of %4</source>
        <translation>新初始化的 %1（宽度 %2），使用 %4 中的 %3 张图像</translation>
    </message>
    <message>
        <source>Loading the dataset...</source>
        <translation>正在加载数据集...</translation>
    </message>
    <message>
        <source>Measuring %1...</source>
        <translation>正在测量 %1...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Fitting the preprocessing...</source>
        <translation>正在拟合预处理...</translation>
    </message>
    <message>
        <source>fresh %1 (width %2) on %3 images of %4 (%5, seed %6)</source>
        <translation>新的 %1（宽度 %2），使用 %4 的 %3 张图像（%5，种子 %6）</translation>
    </message>
    <message>
        <source>no preprocessing</source>
        <translation>无预处理</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>0: %1</source>
        <translation>0：%1</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>留空：%1</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>May change when a run is resumed.</source>
        <translation>继续运行时可以更改。</translation>
    </message>
    <message>
        <source>config.json key: %1</source>
        <translation>config.json 中的键：%1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>学习率计划</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>the images to train and test on</source>
        <translation>用于训练和测试的图像</translation>
    </message>
    <message>
        <source>CIFAR-10 where found, else Fashion-MNIST</source>
        <translation>找到 CIFAR-10 时用它，否则用 Fashion-MNIST</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>the folder holding the dataset&apos;s files</source>
        <translation>存放数据集文件的文件夹</translation>
    </message>
    <message>
        <source>looked for: $ALLCNN_DATA_DIR, then the system locations</source>
        <translation>自动查找：先 $ALLCNN_DATA_DIR，再系统位置</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <source>train on the first N training images</source>
        <translation>只用前 N 张训练图像训练</translation>
    </message>
    <message>
        <source>images</source>
        <translation>张图像</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>evaluate on the first N test images</source>
        <translation>只在前 N 张测试图像上评估</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>验证图像</translation>
    </message>
    <message>
        <source>training images held out (stratified by class, fixed by the seed) to evaluate each epoch on and to choose the best checkpoint by; below 1, a fraction of the training images; the test split is then evaluated once, for the best and the last checkpoint</source>
        <translation>从训练中留出的图像（按类别分层，由种子固定），每轮在其上评估并据此选择最佳检查点；小于 1 时为训练图像的比例；此时测试集只评估一次，针对最佳和最后的检查点</translation>
    </message>
    <message>
        <source>none: each epoch is evaluated on the test split (the paper&apos;s protocol)</source>
        <translation>无：每轮都在测试集上评估（论文的做法）</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>how the convolution weights start</source>
        <translation>卷积权重的初始值从何而来</translation>
    </message>
    <message>
        <source>Gaussian std</source>
        <translation>高斯标准差</translation>
    </message>
    <message>
        <source>standard deviation of the gaussian initializer</source>
        <translation>高斯初始化的标准差</translation>
    </message>
    <message>
        <source>Start from weights</source>
        <translation>从权重开始</translation>
    </message>
    <message>
        <source>a checkpoint (any run&apos;s .pt) whose weights replace the initializer (the original --load-weights)</source>
        <translation>一个检查点（任意运行的 .pt），用其权重代替初始化（即原来的 --load-weights）</translation>
    </message>
    <message>
        <source>initialize</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>the update rule</source>
        <translation>参数更新规则</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>the step size before any schedule</source>
        <translation>应用学习率计划之前的步长</translation>
    </message>
    <message>
        <source>the optimizer&apos;s default: sgd 0.01, rmsprop and adam 0.001</source>
        <translation>优化器的默认值：sgd 为 0.01，rmsprop 和 adam 为 0.001</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>SGD&apos;s momentum</source>
        <translation>SGD 的动量</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>Nesterov&apos;s variant of SGD&apos;s momentum</source>
        <translation>SGD 动量的 Nesterov 变体</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>L2 penalty on the weights (the paper: 0.001)</source>
        <translation>权重的 L2 惩罚（论文中为 0.001）</translation>
    </message>
    <message>
        <source>Rho</source>
        <translation>Rho</translation>
    </message>
    <message>
        <source>RMSprop&apos;s decay of the squared-gradient average</source>
        <translation>RMSprop 中梯度平方均值的衰减率</translation>
    </message>
    <message>
        <source>Beta 1</source>
        <translation>Beta 1</translation>
    </message>
    <message>
        <source>Adam&apos;s decay of the gradient average</source>
        <translation>Adam 中梯度均值的衰减率</translation>
    </message>
    <message>
        <source>Beta 2</source>
        <translation>Beta 2</translation>
    </message>
    <message>
        <source>Adam&apos;s decay of the squared-gradient average</source>
        <translation>Adam 中梯度平方均值的衰减率</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>added to RMSprop&apos;s and Adam&apos;s denominator</source>
        <translation>加到 RMSprop 和 Adam 的分母上</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>images per training step (the original scripts: 32)</source>
        <translation>每个训练步的图像数（原始脚本为 32）</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>passes over the training images (the paper: 350)</source>
        <translation>遍历训练图像的次数（论文中为 350）</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>how the learning rate changes: time-decay lr / (1 + decay * step), steps lr * gamma at each milestone, cosine to 0 at the end, plateau lr * factor when the evaluated accuracy stops improving</source>
        <translation>学习率如何变化：time-decay 为 lr / (1 + decay * 步数)，steps 在每个里程碑乘以 gamma，cosine 在结束时降到 0，plateau 在评估准确率不再提高时乘以 factor</translation>
    </message>
    <message>
        <source>Decay</source>
        <translation>衰减</translation>
    </message>
    <message>
        <source>time-decay: lr / (1 + decay * step)</source>
        <translation>time-decay：lr / (1 + decay * 步数)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>steps: the epochs at which the learning rate is multiplied by gamma, increasing</source>
        <translation>steps：学习率乘以 gamma 的轮次，须递增</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>steps: the factor at each milestone</source>
        <translation>steps：每个里程碑处的乘数</translation>
    </message>
    <message>
        <source>Plateau factor</source>
        <translation>平台期乘数</translation>
    </message>
    <message>
        <source>plateau: the factor of the learning rate at each reduction</source>
        <translation>plateau：每次降低时学习率的乘数</translation>
    </message>
    <message>
        <source>Plateau patience</source>
        <translation>平台期耐心</translation>
    </message>
    <message>
        <source>plateau: epochs without a better accuracy (on the validation split, else the test split) that are tolerated; the next one reduces the learning rate</source>
        <translation>plateau：可容忍的准确率（验证集上，否则测试集上）没有提高的轮数；再下一轮便降低学习率</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>a linear ramp of the learning rate from 0 over the first epochs, before any schedule</source>
        <translation>在前几轮中学习率从 0 线性增长，先于任何学习率计划</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>end the run after this many epochs without a better accuracy (on the validation split, else the test split)</source>
        <translation>在准确率（验证集上，否则测试集上）连续这么多轮没有提高后结束运行</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>seed of everything random: the same seed, the same run</source>
        <translation>所有随机性的种子：种子相同，运行相同</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>auto (CUDA where available, else the CPU), cpu, cuda or cuda:N</source>
        <translation>auto（有 CUDA 时用 CUDA，否则用 CPU）、cpu、cuda 或 cuda:N</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 线程</translation>
    </message>
    <message>
        <source>threads of the CPU kernels</source>
        <translation>CPU 计算内核使用的线程数</translation>
    </message>
    <message>
        <source>every core</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <source>bfloat16 autocast</source>
        <translation>bfloat16 自动混合精度</translation>
    </message>
    <message>
        <source>run the forward pass in bfloat16 (weights stay float32); pays on GPUs with bf16 tensor cores and CPUs with AVX-512 BF16 or AMX (allcnn bench measures both)</source>
        <translation>以 bfloat16 执行前向传播（权重仍为 float32）；在带 bf16 张量核心的 GPU 和支持 AVX-512 BF16 或 AMX 的 CPU 上有收益（allcnn bench 可测量两者）</translation>
    </message>
    <message>
        <source>Metrics every</source>
        <translation>指标读取间隔</translation>
    </message>
    <message>
        <source>batches between reads of the loss and accuracy from the device (each read waits for the device)</source>
        <translation>两次从设备读取损失和准确率之间的批数（每次读取都要等待设备）</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>批</translation>
    </message>
    <message>
        <source>1 on the CPU, 50 on a GPU</source>
        <translation>CPU 上为 1，GPU 上为 50</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>检查点间隔</translation>
    </message>
    <message>
        <source>batches between mid-epoch &apos;last&apos; checkpoints</source>
        <translation>轮内两次写入 &apos;last&apos; 检查点之间的批数</translation>
    </message>
    <message>
        <source>epoch ends only</source>
        <translation>只在每轮结束时</translation>
    </message>
    <message>
        <source>Drift probe every</source>
        <translation>漂移探测间隔</translation>
    </message>
    <message>
        <source>epochs between measurements of each layer&apos;s activation statistics on a fixed probe batch (also once after initialization)</source>
        <translation>在固定探测批上测量各层激活统计量的间隔轮数（初始化后也测一次）</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <source>where run folders are created</source>
        <translation>创建运行文件夹的位置</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>运行名称</translation>
    </message>
    <message>
        <source>the run folder&apos;s name (the original --run-id)</source>
        <translation>运行文件夹的名称（即原来的 --run-id）</translation>
    </message>
    <message>
        <source>automatic: arch-init-optimizer-time</source>
        <translation>自动：架构-初始化-优化器-时间</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>网络结构</translation>
    </message>
    <message>
        <source>one of the four networks of Springenberg et al. (2014), table 2</source>
        <translation>Springenberg 等人（2014）表 2 中的四个网络之一</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>multiplies every hidden channel count (96 and 192); narrow models train fast</source>
        <translation>所有隐藏通道数（96 和 192）的倍数；窄模型训练得快</translation>
    </message>
    <message>
        <source>Batch normalization</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>batch norm after every convolution, before its ReLU (convolutions then have no bias)</source>
        <translation>每个卷积之后、ReLU 之前做批归一化（此时卷积不带偏置）</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>dropout 20% on the input and 50% after each pooling layer or its replacement</source>
        <translation>输入处 20% 的 dropout，每个池化层（或其替代层）之后 50%</translation>
    </message>
    <message>
        <source>Input channels</source>
        <translation>输入通道</translation>
    </message>
    <message>
        <source>image channels; a run takes them from its dataset</source>
        <translation>图像通道数；运行时取自数据集</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>output classes; a run takes them from its dataset</source>
        <translation>输出类别数；运行时取自数据集</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>输入尺寸</translation>
    </message>
    <message>
        <source>square input side in pixels; a run takes it from its dataset</source>
        <translation>方形输入的边长（像素）；运行时取自数据集</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>LSUV tolerance</source>
        <translation>LSUV 容差</translation>
    </message>
    <message>
        <source>stop a layer once |Var(output) - 1| &lt;= tolerance (the LSUV paper: 0.01 to 0.1 make no difference)</source>
        <translation>当 |Var(输出) - 1| &lt;= 容差时结束该层（LSUV 论文：0.01 到 0.1 没有区别）</translation>
    </message>
    <message>
        <source>LSUV iterations</source>
        <translation>LSUV 迭代次数</translation>
    </message>
    <message>
        <source>rescalings per layer at most</source>
        <translation>每层最多缩放的次数</translation>
    </message>
    <message>
        <source>LSUV minimum outputs</source>
        <translation>LSUV 最少输出数</translation>
    </message>
    <message>
        <source>layers whose output has fewer values per image are skipped (too few to measure a variance)</source>
        <translation>每张图像输出值少于此数的层会被跳过（太少，无法测量方差）</translation>
    </message>
    <message>
        <source>LSUV layers</source>
        <translation>LSUV 层</translation>
    </message>
    <message>
        <source>the convolutions LSUV rescales, e.g. conv1,conv2</source>
        <translation>LSUV 要缩放的卷积层，例如 conv1,conv2</translation>
    </message>
    <message>
        <source>every convolution</source>
        <translation>全部卷积层</translation>
    </message>
    <message>
        <source>LSUV batch size</source>
        <translation>LSUV 批大小</translation>
    </message>
    <message>
        <source>training images in the one batch LSUV measures on</source>
        <translation>LSUV 用来测量的那一批中的训练图像数</translation>
    </message>
    <message>
        <source>random shift and horizontal flip of training images; featurewise normalization and ZCA whitening of every image</source>
        <translation>训练图像的随机平移和水平翻转；对所有图像做逐特征归一化和 ZCA 白化</translation>
    </message>
    <message>
        <source>Shift fraction</source>
        <translation>平移比例</translation>
    </message>
    <message>
        <source>the largest shift, as a fraction of the image size on each axis (the original scripts: 0.1)</source>
        <translation>最大平移量，占每个方向上图像尺寸的比例（原始脚本为 0.1）</translation>
    </message>
    <message>
        <source>ZCA epsilon</source>
        <translation>ZCA epsilon</translation>
    </message>
    <message>
        <source>added to the covariance&apos;s eigenvalues before the inverse square root</source>
        <translation>在求平方根倒数之前加到协方差的特征值上</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <source>image folders: the side of the square every image is fitted to</source>
        <translation>图像文件夹：每张图像适配到的正方形边长</translation>
    </message>
    <message>
        <source>Image fit</source>
        <translation>图像适配</translation>
    </message>
    <message>
        <source>image folders: crop scales the shorter side and cuts out the centre; resize squeezes the whole image into the square</source>
        <translation>图像文件夹：crop 缩放较短的一边并裁出中心；resize 将整张图像压缩进正方形</translation>
    </message>
    <message>
        <source>Image channels</source>
        <translation>图像通道</translation>
    </message>
    <message>
        <source>image folders: grey or rgb; auto takes what most of the images are and converts the others</source>
        <translation>图像文件夹：grey 或 rgb；auto 采用大多数图像的格式并转换其余图像</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>测试比例</translation>
    </message>
    <message>
        <source>image folders without test/: the share of each class held out for testing</source>
        <translation>没有 test/ 的图像文件夹：每个类别留作测试的比例</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>划分种子</translation>
    </message>
    <message>
        <source>image folders without test/: seeds which images are held out, so runs with other seeds test on the same images</source>
        <translation>没有 test/ 的图像文件夹：决定留出哪些图像，使不同种子的运行在相同图像上测试</translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation>确定性</translation>
    </message>
    <message>
        <source>deterministic algorithms only and no cuDNN autotuner: a repeated or resumed run on a GPU computes bit for bit the same (slower); the CPU kernels are deterministic anyway</source>
        <translation>仅使用确定性算法且不启用 cuDNN 自动调优：在 GPU 上重复或继续的运行逐位计算出相同结果（更慢）；CPU 内核本来就是确定性的</translation>
    </message>
    <message>
        <source>Diagnostics every</source>
        <translation>诊断间隔</translation>
    </message>
    <message>
        <source>batches per window of the training diagnostics: each layer&apos;s ReLUs that were 0 for every image of the window, its weight and gradient norms (diagnostics.csv), and a warning when a class&apos;s output unit or most of a layer is dead</source>
        <translation>训练诊断每个窗口的批次数：每层在窗口内每张图像上都为 0 的 ReLU、其权重和梯度范数（diagnostics.csv），以及某个类别的输出单元或某层大部分单元死亡时的警告</translation>
    </message>

    <message>
        <source>Synchronized batch norm</source>
        <translation>同步批归一化</translation>
    </message>
    <message>
        <source>data-parallel training: batch norm normalizes with the statistics of the whole batch, summed over the processes, as one process would; off, each process uses its own share&apos;s</source>
        <translation>数据并行训练：批归一化使用整个批次的统计量（在各进程间求和）进行归一化，与单进程训练相同；关闭时，每个进程使用其自身份额的统计量</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::ChartPanel</name>
    <message>
        <source>Batch loss</source>
        <translation>批次损失</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Batch accuracy</source>
        <translation>批次准确率</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Epoch loss</source>
        <translation>每轮损失</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Epoch accuracy</source>
        <translation>每轮准确率</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::DownloadDialog</name>
    <message>
        <source>Download %1</source>
        <translation>下载 %1</translation>
    </message>
    <message>
        <source>Downloading %1 into %2...</source>
        <translation>正在将 %1 下载到 %2...</translation>
    </message>
    <message>
        <source>%1: %2 MB</source>
        <translation>%1：%2 MB</translation>
    </message>
    <message>
        <source>%1: %2 of %3 MB</source>
        <translation>%1：%2 / %3 MB</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1 is ready in %2</source>
        <translation>%1 已就绪：%2</translation>
    </message>
    <message>
        <source>Cancelled. What arrived is kept; the next download of %1 resumes it.</source>
        <translation>已取消。已收到的部分会保留；下次下载 %1 时将从此处继续。</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>无法下载 %1：%2</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::ExportRunDialog</name>
    <message>
        <source>Export run</source>
        <translation>导出运行</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <source>best (highest test accuracy)</source>
        <translation>best（最高测试准确率）</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>TorchScript model</source>
        <translation>TorchScript 模型</translation>
    </message>
    <message>
        <source>Takes float images in [0, 1] and returns the logits; the run&apos;s normalization, its class names and input size are built in. Load it with torch.jit.load.</source>
        <translation>接受取值在 [0, 1] 的浮点图像并返回 logits；运行的归一化、类别名和输入尺寸均已内置。用 torch.jit.load 加载。</translation>
    </message>
    <message>
        <source>&lt;run&gt;/export/model-&lt;checkpoint&gt;.pt</source>
        <translation>&lt;运行&gt;/export/model-&lt;checkpoint&gt;.pt</translation>
    </message>
    <message>
        <source>TorchScript file</source>
        <translation>TorchScript 文件</translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <source>TensorBoard curves</source>
        <translation>TensorBoard 曲线</translation>
    </message>
    <message>
        <source>Loss, accuracy and learning rate per batch and per epoch, for tensorboard --logdir.</source>
        <translation>每个批次和每个周期的损失、准确率和学习率，供 tensorboard --logdir 使用。</translation>
    </message>
    <message>
        <source>&lt;run&gt;/export/tensorboard</source>
        <translation>&lt;运行&gt;/export/tensorboard</translation>
    </message>
    <message>
        <source>TensorBoard folder</source>
        <translation>TensorBoard 文件夹</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>正在导出...</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::LogPanel</name>
    <message>
        <source>%1  error: %2</source>
        <translation>%1  错误：%2</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::LrFindDialog</name>
    <message>
        <source>Find a learning rate</source>
        <translation>寻找学习率</translation>
    </message>
    <message>
        <source>Trains a fresh model of the form&apos;s run (%1, %2, %3, batch size %4) for a few hundred batches while the learning rate grows from From to To, and suggests the rate where the loss falls fastest. The schedule does not apply; the test is kept in the runs folder&apos;s lr-find folder.</source>
        <translation>用表单中的运行设置（%1、%2、%3，批大小 %4）训练一个新模型几百个批次，同时学习率从“从”增长到“到”，并建议损失下降最快处的学习率。学习率计划在此不适用；测试保存在运行文件夹的 lr-find 文件夹中。</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Batches:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>&amp;Start test</source>
        <translation>开始测试(&amp;S)</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>使用建议值</translation>
    </message>
    <message>
        <source>The rates must be numbers, e.g. 1e-6 and 1.</source>
        <translation>学习率必须是数字，例如 1e-6 和 1。</translation>
    </message>
    <message>
        <source>Batch %1 of %2: rate %3, loss %4</source>
        <translation>第 %1 / %2 批：学习率 %3，损失 %4</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>保存在 %1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>smoothed loss</source>
        <translation>平滑后的损失</translation>
    </message>
    <message>
        <source>suggested %1</source>
        <translation>建议 %1</translation>
    </message>
    <message>
        <source>lowest loss</source>
        <translation>最低损失</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::LsuvPage</name>
    <message>
        <source>LSUV: output variance of each layer per iteration</source>
        <translation>LSUV：各层每次迭代的输出方差</translation>
    </message>
    <message>
        <source>Initializers: output variance over depth (log10)</source>
        <translation>初始化方法：输出方差随深度的变化（log10）</translation>
    </message>
    <message>
        <source>Initializers: dead ReLU fraction over depth</source>
        <translation>初始化方法：死亡 ReLU 比例随深度的变化</translation>
    </message>
    <message>
        <source>Drift: activation variance over epochs</source>
        <translation>漂移：激活方差随轮次的变化</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Variance before</source>
        <translation>调整前方差</translation>
    </message>
    <message>
        <source>Variance after</source>
        <translation>调整后方差</translation>
    </message>
    <message>
        <source>Total scale</source>
        <translation>总缩放系数</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>时间（毫秒）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>run folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <source>Open run...</source>
        <translation>打开运行...</translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <source>width </source>
        <translation>宽度 </translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>batch </source>
        <translation>批大小 </translation>
    </message>
    <message>
        <source>tolerance </source>
        <translation>容差 </translation>
    </message>
    <message>
        <source>max iterations </source>
        <translation>最大迭代次数 </translation>
    </message>
    <message>
        <source>layers, e.g. conv1,conv2 (all)</source>
        <translation>层，例如 conv1,conv2（全部）</translation>
    </message>
    <message>
        <source>Run LSUV on a fresh model</source>
        <translation>在新模型上运行 LSUV</translation>
    </message>
    <message>
        <source>Running LSUV and the other initializers on a batch of real data...</source>
        <translation>正在用一批真实数据运行 LSUV 和其他初始化方法...</translation>
    </message>
    <message>
        <source>Cannot inspect:</source>
        <translation>无法检查：</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>target 1</source>
        <translation>目标 1</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>variance</source>
        <translation>方差</translation>
    </message>
    <message>
        <source>convolution (1 = %1, %2 = %3)</source>
        <translation>卷积层（1 = %1，%2 = %3）</translation>
    </message>
    <message>
        <source>log10 variance (0: unit)</source>
        <translation>log10 方差（0：单位方差）</translation>
    </message>
    <message>
        <source>dead fraction</source>
        <translation>死亡比例</translation>
    </message>
    <message>
        <source>Drift: activation variance over epochs (open a run folder)</source>
        <translation>漂移：激活方差随轮次的变化（请打开运行文件夹）</translation>
    </message>
    <message>
        <source>Drift: activation variance over epochs (-1: after initialization)</source>
        <translation>漂移：激活方差随轮次的变化（-1：初始化之后）</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>已收敛</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>未收敛</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <source>On a batch drawn as the training page&apos;s settings would draw it: its dataset, data folder, preprocessing and seed.</source>
        <translation>使用按训练页面设置抽取的批次：其数据集、数据文件夹、预处理和随机种子。</translation>
    </message>
    <message>
        <source>Training: dead ReLU share of each layer</source>
        <translation>训练：各层死亡 ReLU 的比例</translation>
    </message>
    <message>
        <source>Training: gradient norm of each layer</source>
        <translation>训练：各层的梯度范数</translation>
    </message>
    <message>
        <source>Training: dead ReLU share of each layer (open a run folder)</source>
        <translation>训练：各层死亡 ReLU 的比例（请打开一个运行文件夹）</translation>
    </message>
    <message>
        <source>Training: share of each layer&apos;s ReLUs that were 0 for every image of a window</source>
        <translation>训练：各层在一个窗口内每张图像上都为 0 的 ReLU 的比例</translation>
    </message>
    <message>
        <source>Training: gradient norm of each layer, per window</source>
        <translation>训练：各层的梯度范数（每个窗口）</translation>
    </message>
    <message>
        <source>batches trained</source>
        <translation>已训练批次</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>梯度范数</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::MainWindow</name>
    <message>
        <source>All-CNN Workbench</source>
        <translation>All-CNN 工作台</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Compare runs</source>
        <translation>比较运行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;LSUV inspector</source>
        <translation>LSUV 检查器(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Inside the network</source>
        <translation>网络内部(&amp;I)</translation>
    </message>
    <message>
        <source>Export &amp;run...</source>
        <translation>导出运行(&amp;R)...</translation>
    </message>
    <message>
        <source>Write a run&apos;s model as TorchScript and its curves for TensorBoard</source>
        <translation>将运行的模型写为 TorchScript，并将其曲线写为 TensorBoard 格式</translation>
    </message>
    <message>
        <source>A run is training</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <source>Closing the window stops the run. Its last checkpoint is written, and Resume continues it later.</source>
        <translation>关闭窗口将停止运行。会写入最后一个检查点，之后可用“继续”接着训练。</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>停止并退出</translation>
    </message>
    <message>
        <source>Keep training</source>
        <translation>继续训练</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::PreviewPanel</name>
    <message>
        <source>Starts with the run.</source>
        <translation>运行开始后显示。</translation>
    </message>
    <message>
        <source>Augmentation preview: epoch %1, batch %2</source>
        <translation>数据增强预览：第 %1 轮，第 %2 批</translation>
    </message>
    <message>
        <source>Augmentation preview: the batch being trained</source>
        <translation>数据增强预览：正在训练的批次</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::QueuePanel</name>
    <message>
        <source>Start queue</source>
        <translation>启动队列</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Train the queued runs one after another, starting with the first</source>
        <translation>从第一个开始，依次训练队列中的运行</translation>
    </message>
    <message>
        <source>Take the selected run out of the queue</source>
        <translation>将所选运行移出队列</translation>
    </message>
    <message>
        <source>No run is waiting. Add to queue puts the form&apos;s run here; queued runs train one after another.</source>
        <translation>没有等待的运行。“加入队列”会把表单中的运行放到这里；队列中的运行依次训练。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting: %n, trained one after another; one that fails does not stop the others.</source>
        <translation>
            <numerusform>等待中：%n，依次训练；失败的运行不会阻止其他运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Study...</source>
        <translation>研究...</translation>
    </message>
    <message>
        <source>Queue one of the original project&apos;s four studies, or the form&apos;s run with one setting varied, over seeds</source>
        <translation>将原项目的四项研究之一，或改变一项设置的表单运行，按多个种子加入队列</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::ResumeDialog</name>
    <message>
        <source>Resume %1</source>
        <translation>继续运行 %1</translation>
    </message>
    <message>
        <source>%1 of %2 epochs done. The run continues from its last checkpoint, exactly as allcnn train --resume would.</source>
        <translation>已完成 %2 轮中的 %1 轮。运行将从最后一个检查点继续，与 allcnn train --resume 完全相同。</translation>
    </message>
    <message>
        <source>Continue for</source>
        <translation>再训练</translation>
    </message>
    <message>
        <source> more epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::RunQueue</name>
    <message>
        <source>run %1 of the queue: %2</source>
        <translation>队列中的第 %1 个运行：%2</translation>
    </message>
    <message>
        <source>The run queue %1 could not be read (%2); it is set aside as %3.</source>
        <translation>无法读取运行队列 %1（%2）；已将其另存为 %3。</translation>
    </message>
    <message>
        <source>The run queue %1 could not be read (%2).</source>
        <translation>无法读取运行队列 %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>The queued runs that could be read are kept: %n.</source>
        <translation>
            <numerusform>可读取的排队运行已保留：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The run queue could not be saved: %1</source>
        <translation>无法保存运行队列：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · epochs: %n</source>
        <translation>
            <numerusform>%1 · %2 · %3 · 轮数：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>allcnn::ui::SettingEditor</name>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>检查点 (*.pt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::SettingsForm</name>
    <message>
        <source>not found: choose the folder</source>
        <translation>未找到：请选择文件夹</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>已找到：%1</translation>
    </message>
    <message>
        <source>Image folder...</source>
        <translation>图像文件夹...</translation>
    </message>
    <message>
        <source>Train on your own images: pick a folder with one subfolder per class (or train/ and test/ holding them); the class names are the subfolders&apos; names</source>
        <translation>使用您自己的图像训练：选择一个每个类别一个子文件夹的文件夹（或包含它们的 train/ 和 test/）；类别名即子文件夹名</translation>
    </message>
    <message>
        <source>Download...</source>
        <translation>下载...</translation>
    </message>
    <message>
        <source>Download the chosen dataset&apos;s official files into your data folder, where training finds them</source>
        <translation>将所选数据集的官方文件下载到您的数据文件夹，训练会在那里找到它们</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>图像文件夹</translation>
    </message>
    <message>
        <source>your images: one subfolder per class</source>
        <translation>您的图像：每个类别一个子文件夹</translation>
    </message>
    <message>
        <source>Resume it</source>
        <translation>继续该运行</translation>
    </message>
    <message>
        <source>Continue the run of this name from its last checkpoint</source>
        <translation>从最后一个检查点继续同名的运行</translation>
    </message>
    <message>
        <source>Use a new name</source>
        <translation>使用新名称</translation>
    </message>
    <message>
        <source>Number the name on (-2, -3, ...) to the first that is free</source>
        <translation>为名称依次编号（-2、-3……），直到找到未被占用的名称</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a run of this name exists already in %1</source>
        <translation>%1 中已存在同名的运行</translation>
    </message>
    <message>
        <source>automatic: %1-%2-%3-&lt;date&gt;-&lt;time&gt;</source>
        <translation>自动：%1-%2-%3-&lt;日期&gt;-&lt;时间&gt;</translation>
    </message>
    <message>
        <source>Find...</source>
        <translation>寻找...</translation>
    </message>
    <message>
        <source>Learning-rate range test: train a fresh model of this form for a few hundred batches while the rate grows, and suggest the rate where the loss falls fastest</source>
        <translation>学习率范围测试：用此表单训练一个新模型几百个批次，同时学习率逐步增长，并建议损失下降最快处的学习率</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::StudyDialog</name>
    <message>
        <source>Queue a study</source>
        <translation>将研究加入队列</translation>
    </message>
    <message>
        <source>The form&apos;s run, one setting varied</source>
        <translation>表单中的运行，改变一项设置</translation>
    </message>
    <message>
        <source>values, comma separated: 0.01, 0.001</source>
        <translation>取值，用逗号分隔：0.01, 0.001</translation>
    </message>
    <message>
        <source>The width multiplier of the network&apos;s channels: below 1 for a quick look (the paper: 1)</source>
        <translation>网络通道的宽度倍数：小于 1 用于快速查看（论文：1）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Study:</source>
        <translation>研究：</translation>
    </message>
    <message>
        <source>Vary:</source>
        <translation>改变：</translation>
    </message>
    <message>
        <source>Over:</source>
        <translation>取值：</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>组名：</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>种子数：</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>轮数：</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Training images:</source>
        <translation>训练图像：</translation>
    </message>
    <message>
        <source>Test images:</source>
        <translation>测试图像：</translation>
    </message>
    <message>
        <source>The runs, queued in this order (the dataset, its folder, the runs folder and the device are the form&apos;s):</source>
        <translation>这些运行将按此顺序加入队列（数据集、其文件夹、运行文件夹和设备取自表单）：</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Queue the runs (%1)</source>
        <translation>将运行加入队列（%1）</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::TaskBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::TrainPage</name>
    <message>
        <source>&amp;Start run</source>
        <translation>开始运行(&amp;S)</translation>
    </message>
    <message>
        <source>Validate the configuration and start training</source>
        <translation>检查配置并开始训练</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop after the current batch, writing the last checkpoint</source>
        <translation>在当前批次后停止，并写入最后的检查点</translation>
    </message>
    <message>
        <source>&amp;Resume last run...</source>
        <translation>继续上次运行(&amp;R)...</translation>
    </message>
    <message>
        <source>Continue the last stopped or failed run from its checkpoint, for more epochs</source>
        <translation>从检查点继续上次停止或失败的运行，也可以多训练几轮</translation>
    </message>
    <message>
        <source>&amp;Open configuration...</source>
        <translation>打开配置(&amp;O)...</translation>
    </message>
    <message>
        <source>Save configuration &amp;as...</source>
        <translation>配置另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Export chart data...</source>
        <translation>导出图表数据(&amp;E)...</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Resume...</source>
        <translation>继续...</translation>
    </message>
    <message>
        <source>Configuration read from %1</source>
        <translation>已从 %1 读取配置</translation>
    </message>
    <message>
        <source>Open configuration</source>
        <translation>打开配置</translation>
    </message>
    <message>
        <source>Run configurations (*.json);;All files (*)</source>
        <translation>运行配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Run configurations (*.json)</source>
        <translation>运行配置 (*.json)</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>Configuration saved to %1</source>
        <translation>配置已保存到 %1</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Every raw point written to %1</source>
        <translation>所有原始数据点已写入 %1</translation>
    </message>
    <message>
        <source>Starting a run: %1, width %2, %3, %4, %5 epochs</source>
        <translation>开始运行：%1，宽度 %2，%3，%4，%5 轮</translation>
    </message>
    <message>
        <source>Resuming %1</source>
        <translation>正在继续 %1</translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation>将在当前批次后停止...</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The configuration needs a fix: %1</source>
        <translation>配置需要修改：%1</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Run folder: %1 (device %2)</source>
        <translation>运行文件夹：%1（设备 %2）</translation>
    </message>
    <message>
        <source>Epoch %1: training loss %2, accuracy %3; validation loss %4, accuracy %5%6</source>
        <translation>第 %1 轮：训练损失 %2，准确率 %3；验证损失 %4，准确率 %5%6</translation>
    </message>
    <message>
        <source>Epoch %1: training loss %2, accuracy %3; test loss %4, accuracy %5%6</source>
        <translation>第 %1 轮：训练损失 %2，准确率 %3；测试损失 %4，准确率 %5%6</translation>
    </message>
    <message>
        <source> (best)</source>
        <translation>（最佳）</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Finished. Best validation accuracy %1 at epoch %2.</source>
        <translation>已完成。最佳验证准确率 %1，出现在第 %2 轮。</translation>
    </message>
    <message>
        <source>Finished. Best test accuracy %1 at epoch %2.</source>
        <translation>已完成。最佳测试准确率 %1，出现在第 %2 轮。</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stopped; the last checkpoint is saved.</source>
        <translation>已停止；最后的检查点已保存。</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Stopping the run before closing...</source>
        <translation>关闭前正在停止运行...</translation>
    </message>
    <message>
        <source>The run did not stop within %1 s; waiting for it.</source>
        <translation>运行未在 %1 秒内停止；正在等待。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1 is ready in %2</source>
        <translation>%1 已就绪：%2</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>下载 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The configuration needs %n fixes: %1</source>
        <translation>
            <numerusform>配置需要修正 %n 处：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>A run is going: stop it first</source>
        <translation>正在运行：请先停止</translation>
    </message>
    <message>
        <source>Fix the form first:</source>
        <translation>请先修正表单：</translation>
    </message>
    <message>
        <source>Add to &amp;queue</source>
        <translation>加入队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Validate the configuration and queue the run: it starts when no run goes</source>
        <translation>检查配置并将运行加入队列：没有运行进行时它就开始</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>加入队列</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Queue (%1)</source>
        <translation>队列（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Queued: %1 (waiting: %n)</source>
        <translation>
            <numerusform>已加入队列：%1（等待中：%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next in the queue: %1 (still waiting: %n)</source>
        <translation>
            <numerusform>队列中的下一个：%1（仍在等待：%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The queue holds (waiting: %n); Start queue goes on.</source>
        <translation>
            <numerusform>队列已暂停（等待中：%n）；点击“启动队列”继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue a st&amp;udy...</source>
        <translation>将研究加入队列(&amp;U)...</translation>
    </message>
    <message>
        <source>Queue one of the original project&apos;s four studies, or the form&apos;s run with one setting varied, over seeds</source>
        <translation>将原项目的四项研究之一，或改变一项设置的表单运行，按多个种子加入队列</translation>
    </message>
    <message>
        <source>Queued the study %1: %2 runs</source>
        <translation>已将研究 %1 加入队列：%2 个运行</translation>
    </message>
    <message>
        <source>&amp;Find a learning rate...</source>
        <translation>寻找学习率(&amp;F)...</translation>
    </message>
    <message>
        <source>Learning-rate range test of the form&apos;s run: the loss while the rate grows, and the rate where it falls fastest</source>
        <translation>对表单中的运行进行学习率范围测试：学习率增长时的损失，以及损失下降最快处的学习率</translation>
    </message>
    <message>
        <source>Learning rate set to %1, the range test&apos;s suggestion</source>
        <translation>学习率已设为 %1，即范围测试的建议值</translation>
    </message>

    <message>
        <source>Data-parallel training on %1 processes</source>
        <translation>在 %1 个进程上进行数据并行训练</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::TrainStatus</name>
    <message>
        <source>%1 · %2 in use</source>
        <translation>%1 · 已用 %2</translation>
    </message>
    <message>
        <source>%1 of %2 epochs done</source>
        <translation>已完成 %1/%2 轮</translation>
    </message>
    <message>
        <source>Device of the current run</source>
        <translation>当前运行所用的设备</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4</source>
        <translation>第 %1/%2 轮 · 批次 %3/%4</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 张图像/秒</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Decoding images %v/%m</source>
        <translation>正在解码图像 %v/%m</translation>
    </message>
    <message>
        <source>The image folder is decoded once; later runs read its cache</source>
        <translation>图像文件夹只解码一次；之后的运行读取其缓存</translation>
    </message>
    <message>
        <source>Evaluating %v/%m</source>
        <translation>评估中 %v/%m</translation>
    </message>
    <message>
        <source>The epoch&apos;s evaluation on the test split</source>
        <translation>本轮在测试集上的评估</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::TrainingWorker</name>
    <message>
        <source>LSUV: %1 of %2 layers converged in %3 ms</source>
        <translation>LSUV：%2 层中有 %1 层在 %3 毫秒内收敛</translation>
    </message>
    <message>
        <source>Loading the data and preparing the run...</source>
        <translation>正在加载数据并准备运行...</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Loading the data and the checkpoint of %1...</source>
        <translation>正在加载数据和 %1 的检查点...</translation>
    </message>
    <message>
        <source>stopped while loading the data</source>
        <translation>在加载数据时停止</translation>
    </message>

    <message>
        <source>Starting the run&apos;s other processes (allcnn train): %1</source>
        <translation>正在启动本次运行的其他进程（allcnn train）：%1</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::compare::CompareChart</name>
    <message>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Wall time (s)</source>
        <translation>实际耗时（秒）</translation>
    </message>
    <message>
        <source>%1 minus %2</source>
        <translation>%1 减 %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 (imported) has no %2.</source>
        <translation>%1（已导入）没有 %2 数据。</translation>
    </message>
    <message>
        <source>%1 has no %2 yet.</source>
        <translation>%1 尚无 %2 数据。</translation>
    </message>
    <message>
        <source>%1 has no %2 axis (an imported history records epochs only).</source>
        <translation>%1 没有“%2”轴（导入的历史记录只包含轮次）。</translation>
    </message>
    <message>
        <source>%1 does not overlap %2 on this axis.</source>
        <translation>%1 在此轴上与 %2 没有重叠。</translation>
    </message>
    <message>
        <source>%1: no positive values to draw on a log axis.</source>
        <translation>%1：没有可在对数轴上绘制的正值。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seeds)</source>
        <translation>
            <numerusform>%1（%n 个种子）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::compare::CompareView</name>
    <message>
        <source>All metrics</source>
        <translation>所有指标</translation>
    </message>
    <message>
        <source>Log y</source>
        <translation>对数 y 轴</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>最佳轮次</translation>
    </message>
    <message>
        <source>One chart per metric, side by side, with a shared legend</source>
        <translation>每个指标一个图表，并排显示，共用图例</translation>
    </message>
    <message>
        <source>Exponential moving average weight (debiased, as in TensorBoard)</source>
        <translation>指数移动平均权重（已去偏，与 TensorBoard 相同）</translation>
    </message>
    <message>
        <source>Mark each run&apos;s epoch of best validation accuracy</source>
        <translation>标记每个运行中验证准确率最佳的轮次</translation>
    </message>
    <message>
        <source>Draw each run minus this run</source>
        <translation>绘制各运行减去此运行的差值</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>无基线</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Screen resolution</source>
        <translation>屏幕分辨率</translation>
    </message>
    <message>
        <source>%1x the screen resolution</source>
        <translation>屏幕分辨率的 %1 倍</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image, at twice the screen's resolution or more</source>
        <translation>将图表保存为 PNG 图像，分辨率为屏幕的两倍或更高</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>将图表保存为 SVG 矢量图</translation>
    </message>
    <message>
        <source>This build has no SVG support</source>
        <translation>此版本不支持 SVG</translation>
    </message>
    <message>
        <source>Save the selected runs&apos; metrics as one long-form CSV</source>
        <translation>将所选运行的指标保存为一个长格式 CSV</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>x:</source>
        <translation>x 轴：</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>平滑：</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>基线：</translation>
    </message>
    <message>
        <source>Only the settings in which the compared runs differ (imported histories have none)</source>
        <translation>仅显示所比较的运行之间不同的设置（导入的历史记录没有设置）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(live)</source>
        <translation>（实时）</translation>
    </message>
    <message>
        <source>(baseline)</source>
        <translation>（基线）</translation>
    </message>
    <message>
        <source>best validation epoch</source>
        <translation>最佳验证轮次</translation>
    </message>
    <message>
        <source>faint: raw values</source>
        <translation>浅色：原始值</translation>
    </message>
    <message>
        <source>Select two or more runs in the table to compare them.</source>
        <translation>在表格中选择两个或更多运行进行比较。</translation>
    </message>
    <message>
        <source>Select one more run to compare (Ctrl+click).</source>
        <translation>再选择一个运行进行比较（Ctrl+单击）。</translation>
    </message>
    <message>
        <source>All-CNN Workbench comparison</source>
        <translation>All-CNN 工作台比较</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation>将图表保存为 SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Save the runs&apos; metrics as CSV</source>
        <translation>将运行的指标保存为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Seeds as one</source>
        <translation>合并种子</translation>
    </message>
    <message>
        <source>Runs whose settings differ only by seed draw as one line: their mean, in a band</source>
        <translation>仅种子不同的运行画成一条线：它们的均值，外加一条带</translation>
    </message>
    <message>
        <source>min–max</source>
        <translation>最小–最大</translation>
    </message>
    <message>
        <source>± 1 std</source>
        <translation>± 1 标准差</translation>
    </message>
    <message>
        <source>The band around the mean of merged seeds: their lowest and highest value, or one standard deviation</source>
        <translation>合并种子均值周围的带：其最小值和最大值，或一个标准差</translation>
    </message>
    <message>
        <source>band: the seeds&apos; min–max</source>
        <translation>带：各种子的最小–最大</translation>
    </message>
    <message>
        <source>band: ± 1 standard deviation</source>
        <translation>带：± 1 个标准差</translation>
    </message>
    <message>
        <source>The selected runs by configuration (runs that differ only by seed together): mean ± sample standard deviation over the seeds</source>
        <translation>按配置汇总所选运行（仅种子不同的运行合为一组）：各种子的均值 ± 样本标准差</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行数</translation>
    </message>
    <message>
        <source>Best validation accuracy</source>
        <translation>最佳验证准确率</translation>
    </message>
    <message>
        <source>Epoch of best</source>
        <translation>最佳所在轮</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Mark each run&apos;s epoch of best accuracy on its evaluated split (validation or test)</source>
        <translation>标记每个运行在其评估划分（验证或测试）上准确率最高的轮次</translation>
    </message>
    <message>
        <source>Best accuracy</source>
        <translation>最佳准确率</translation>
    </message>
    <message>
        <source>best epoch</source>
        <translation>最佳轮次</translation>
    </message>
    <message>
        <source>Test accuracy of best</source>
        <translation>最佳检查点的测试准确率</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>by run</source>
        <translation>按运行</translation>
    </message>
    <message>
        <source>by group</source>
        <translation>按组</translation>
    </message>
    <message>
        <source>By group: each group (a sweep or a study) one hue, as in the run table, its configurations shades of it, and runs of no group grey. Automatic colours by group when the runs shown are of two or more groups, and by run otherwise.</source>
        <translation>按组：每个组（一次扫描或一项研究）一种色调，与运行表中相同，其各配置为该色调的深浅变化，无组的运行为灰色。自动：所显示的运行属于两个或更多组时按组着色，否则按运行着色。</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>No group:</source>
        <translation>无组：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::compare::HistoryImportDialog</name>
    <message>
        <source>Accuracies are in percent (0–100)</source>
        <translation>准确率为百分比（0–100）</translation>
    </message>
    <message>
        <source>History columns</source>
        <translation>训练历史的列</translation>
    </message>
    <message>
        <source>Which column holds which series? Choose at least one.</source>
        <translation>哪一列对应哪条曲线？请至少选择一项。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>X axis (epoch):</source>
        <translation>X 轴（轮次）：</translation>
    </message>
    <message>
        <source>Training loss:</source>
        <translation>训练损失：</translation>
    </message>
    <message>
        <source>Training accuracy:</source>
        <translation>训练准确率：</translation>
    </message>
    <message>
        <source>Validation loss:</source>
        <translation>验证损失：</translation>
    </message>
    <message>
        <source>Validation accuracy:</source>
        <translation>验证准确率：</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose at least one series</source>
        <translation>请至少选择一条曲线</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::compare::RunBrowser</name>
    <message>
        <source>Save notes</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>运行记录文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>导入训练历史…</translation>
    </message>
    <message>
        <source>Open training histories saved as CSV (Keras, pandas, a spreadsheet) as read-only runs; several files at once</source>
        <translation>将保存为 CSV 的训练历史（Keras、pandas、电子表格）作为只读运行打开；可一次选择多个文件</translation>
    </message>
    <message>
        <source>Filter runs (any column)</source>
        <translation>筛选运行（任意列）</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <source>Tags, comma separated</source>
        <translation>标签，以逗号分隔</translation>
    </message>
    <message>
        <source>Notes on the selected run</source>
        <translation>所选运行的备注</translation>
    </message>
    <message>
        <source>The runs folder %1 does not exist.</source>
        <translation>运行记录文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The runs folder</source>
        <translation>运行记录文件夹</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more unreadable folder(s)</source>
        <translation>
            <numerusform>… 以及另外 %n 个无法读取的文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>Could not save the notes of %1: %2</source>
        <translation>无法保存 %1 的备注：%2</translation>
    </message>
    <message>
        <source>Import histories</source>
        <translation>导入训练历史</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.log *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>继续…</translation>
    </message>
    <message>
        <source>Continue the selected run from its last checkpoint on the training page, for more epochs if it has finished</source>
        <translation>在训练页面从最后一个检查点继续所选运行；已完成的运行可再训练更多轮</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>Forget the selected imported histories (the files stay where they are)</source>
        <translation>忘记所选的已导入训练历史（文件本身保持不变）</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 已不存在</translation>
    </message>
    <message>
        <source>Show only the runs of one group (a sweep or a study), with the number of runs in each; Ctrl+A in the table then selects them all for comparison</source>
        <translation>只显示一个组（一次扫描或一项研究）的运行，并标出每组的运行数；随后在表格中按 Ctrl+A 可全部选中以便比较</translation>
    </message>
    <message>
        <source>All runs (%1)</source>
        <translation>全部运行（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No group (%1)</source>
        <translation>无组（%1）</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::compare::RunTableModel</name>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>running? (silent %1 min)</source>
        <translation>运行中？（已 %1 分钟无更新）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n warning(s))</source>
        <translation>
            <numerusform>%1（%n 条警告）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Imported history (read only)</source>
        <translation>导入的历史记录（只读）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Best val acc</source>
        <translation>最佳验证准确率</translation>
    </message>
    <message>
        <source>@ epoch</source>
        <translation>所在轮次</translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation>最终损失</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Best acc</source>
        <translation>最佳准确率</translation>
    </message>
    <message>
        <source>%1% (%2)</source>
        <translation>%1%（%2）</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::ActivationsView</name>
    <message>
        <source>Colormap:</source>
        <translation>色彩映射：</translation>
    </message>
    <message>
        <source>viridis</source>
        <translation>viridis</translation>
    </message>
    <message>
        <source>inferno</source>
        <translation>inferno</translation>
    </message>
    <message>
        <source>turbo</source>
        <translation>turbo</translation>
    </message>
    <message>
        <source>jet</source>
        <translation>jet</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Normalize each map</source>
        <translation>逐图归一化</translation>
    </message>
    <message>
        <source>On: every feature map uses its own range. Off: one range per layer.</source>
        <translation>开：每张特征图使用各自的取值范围。关：每层使用同一范围。</translation>
    </message>
    <message>
        <source>Grid size:</source>
        <translation>网格大小：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Classify an image on the Predict tab to see its activations.</source>
        <translation>在“预测”标签页上对图像分类，即可查看其激活。</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>Feature maps of every layer for %1</source>
        <translation>%1 在各层的特征图</translation>
    </message>
    <message>
        <source>&lt;b&gt;Class activation maps&lt;/b&gt;: the maps that global average pooling turns into the logits (the mean under each), on one shared scale</source>
        <translation>&lt;b&gt;类激活图&lt;/b&gt;：全局平均池化将其转换为 logits 的特征图（各图下方为均值），使用同一刻度</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;  %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  %2</translation>
    </message>
    <message>
        <source>Computing the feature maps of %1…</source>
        <translation>正在计算 %1 的特征图…</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::ConfusionView</name>
    <message>
        <source>Click a cell to list its test images.</source>
        <translation>单击单元格以列出其测试图像。</translation>
    </message>
    <message>
        <source>This run has no evaluation yet. %1</source>
        <translation>此运行尚无评估结果。%1</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>Rows: true class, columns: predicted class. %1 (accuracy %2 %). Click a cell: its test images as the loaded checkpoint classifies them.</source>
        <translation>行：真实类别，列：预测类别。%1（准确率 %2 %）。单击单元格：查看其测试图像及已加载检查点对它们的分类。</translation>
    </message>
    <message>
        <source>true %1, predicted %2: %3 (%4 % of the row)</source>
        <translation>真实 %1，预测 %2：%3（占该行 %4 %）</translation>
    </message>
    <message>
        <source>True %1, classified as %2: %3 image(s) shown (at most %4).</source>
        <translation>真实 %1，分类为 %2：显示 %3 张图像（最多 %4 张）。</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Classify the test split</source>
        <translation>对测试集分类</translation>
    </message>
    <message>
        <source>Classifying the test split…</source>
        <translation>正在对测试集分类…</translation>
    </message>
    <message>
        <source>Classifying the test split with %1…</source>
        <translation>正在用 %1 对测试集分类…</translation>
    </message>
    <message>
        <source>Classifying the test split: %1 of %2 images</source>
        <translation>正在对测试集分类：%1 / %2 张图像</translation>
    </message>
    <message>
        <source>Cancelled: the test split was not classified.</source>
        <translation>已取消：测试集未分类。</translation>
    </message>
    <message>
        <source>The test split is classified with the loaded checkpoint when this tab is shown.</source>
        <translation>显示此标签页时，将用已加载的检查点对测试集分类。</translation>
    </message>
    <message>
        <source>Rows: true class, columns: predicted class. The %1 on %2 test images: accuracy %3 %. Click a cell: its test images.</source>
        <translation>行：真实类别，列：预测类别。%1 在 %2 张测试图像上：准确率 %3 %。点击单元格：查看其测试图像。</translation>
    </message>
    <message>
        <source>The images are listed once the test split is classified.</source>
        <translation>测试集分类完成后将列出这些图像。</translation>
    </message>
    <message>
        <source>True %1, classified as %2: %3 image(s), %4 shown.</source>
        <translation>真实为 %1，被分类为 %2：%3 张图像，显示 %4 张。</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::FiltersView</name>
    <message>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>The model has no convolutions.</source>
        <translation>该模型没有卷积层。</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>%1: %2 (filters × input channels × height × width); each filter scaled to its own range.</source>
        <translation>%1：%2（滤波器 × 输入通道 × 高 × 宽）；每个滤波器按各自的取值范围缩放。</translation>
    </message>
    <message>
        <source>%1: %2; one row per filter, one kernel per input channel, each kernel scaled to its own range.</source>
        <translation>%1：%2；每行一个滤波器，每个输入通道一个卷积核，每个卷积核按各自的取值范围缩放。</translation>
    </message>
    <message>
        <source>Reading the filters…</source>
        <translation>正在读取滤波器…</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::InspectPage</name>
    <message>
        <source>Run:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <source>run folder (holds config.json and checkpoints/)</source>
        <translation>运行文件夹（包含 config.json 和 checkpoints/）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>best checkpoint</source>
        <translation>最佳检查点</translation>
    </message>
    <message>
        <source>last checkpoint</source>
        <translation>最后的检查点</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>滤波器</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation>显著性</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <source>Could not load the model: %1</source>
        <translation>无法加载模型：%1</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Loading %1 (%2 checkpoint)…</source>
        <translation>正在加载 %1（%2 检查点）…</translation>
    </message>

    <message>
        <source>Layers</source>
        <translation>各层</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::PredictPanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Open images…</source>
        <translation>打开图像…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>top </source>
        <translation>前 </translation>
    </message>
    <message>
        <source>Classify images</source>
        <translation>对图像分类</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No model loaded: load a run (best or last checkpoint) before dropping images.</source>
        <translation>未加载模型：拖放图像前请先加载一个运行（最佳或最后的检查点）。</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>粘贴的图像</translation>
    </message>
    <message>
        <source>Drop image files or folders here (PNG, JPEG, BMP, WebP, TIFF), or paste an image.</source>
        <translation>将图像文件或文件夹拖放到此处（PNG、JPEG、BMP、WebP、TIFF），或粘贴图像。</translation>
    </message>
    <message>
        <source>%1 image(s) classified, %2 could not be read (see below).</source>
        <translation>已分类 %1 张图像，%2 张无法读取（见下文）。</translation>
    </message>
    <message>
        <source>%1 image(s) classified. Click one to inspect it.</source>
        <translation>已分类 %1 张图像。单击其中一张即可查看。</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>拖放的图像</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>正在分类…</translation>
    </message>
    <message>
        <source>Classifying image %1 of %2…</source>
        <translation>正在分类第 %1 张图像（共 %2 张）…</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::SaliencyView</name>
    <message>
        <source>Explain class:</source>
        <translation>解释类别：</translation>
    </message>
    <message>
        <source>Gradient: the true gradient of the class score. Deconvnet: ReLUs pass only positive gradients, ignoring the forward pass. Guided backpropagation: ReLUs pass only positive gradients where the forward activation was positive too. Red: positive, blue: negative (one-channel models); RGB with zero at gray (colour models).</source>
        <translation>梯度：类别得分的真实梯度。Deconvnet：ReLU 只传递正梯度，忽略前向传播。引导反向传播：ReLU 只在前向激活也为正的位置传递正梯度。红色：正，蓝色：负（单通道模型）；RGB，灰色为零（彩色模型）。</translation>
    </message>
    <message>
        <source>Classify an image on the Predict tab to explain it.</source>
        <translation>在“预测”标签页上对图像分类，即可对其进行解释。</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>Why %1 looks like “%2”</source>
        <translation>为什么 %1 看起来像“%2”</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Computing the saliency maps…</source>
        <translation>正在计算显著性图…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>All-CNN Workbench</source>
        <translation>All-CNN 工作台</translation>
    </message>
    <message>
        <source>Fill the form from &lt;file&gt; (config.json).</source>
        <translation>从 &lt;file&gt;（config.json）填写表单。</translation>
    </message>
    <message>
        <source>Start the run at once.</source>
        <translation>立即开始运行。</translation>
    </message>
    <message>
        <source>Save the window to &lt;file&gt; and quit.</source>
        <translation>将窗口保存到 &lt;file&gt; 后退出。</translation>
    </message>
    <message>
        <source>Wait &lt;ms&gt; before the screenshot.</source>
        <translation>截图前等待 &lt;ms&gt; 毫秒。</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::inspect::LayersView</name>

    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Open a run to see how its layers train.</source>
        <translation>打开一个运行，查看其各层的训练情况。</translation>
    </message>
    <message>
        <source>Reading the training diagnostics…</source>
        <translation>正在读取训练诊断…</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Dead ReLUs</source>
        <translation>死亡 ReLU</translation>
    </message>
    <message>
        <source>Weight norm</source>
        <translation>权重范数</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>Histograms of</source>
        <translation>直方图：层</translation>
    </message>
    <message>
        <source>at the end of</source>
        <translation>结束于</translation>
    </message>
    <message>
        <source>Cannot read the training diagnostics: %1</source>
        <translation>无法读取训练诊断：%1</translation>
    </message>
    <message>
        <source>%1 recorded no training diagnostics (its diagnostics_every is 0, or it has not trained a whole window yet).</source>
        <translation>%1 没有记录训练诊断（其 diagnostics_every 为 0，或尚未训练完一个完整窗口）。</translation>
    </message>
    <message>
        <source>%1: the window ending at batch %2 (epoch %3), the latest of %4.</source>
        <translation>%1：截至第 %2 批（第 %3 轮）的窗口，共 %4 个窗口中的最新一个。</translation>
    </message>
    <message>
        <source>%1 of %2 layers are more than 90% dead (marked).</source>
        <translation>%2 层中有 %1 层超过 90% 死亡（已标出）。</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Weights (no histograms recorded)</source>
        <translation>权重（未记录直方图）</translation>
    </message>
    <message>
        <source>Gradients (no histograms recorded)</source>
        <translation>梯度（未记录直方图）</translation>
    </message>
    <message>
        <source>Weights of %1</source>
        <translation>%1 的权重</translation>
    </message>
    <message>
        <source>Gradients of %1: none recorded</source>
        <translation>%1 的梯度：未记录</translation>
    </message>
    <message>
        <source>Gradients of %1 (the epoch&apos;s last batch)</source>
        <translation>%1 的梯度（该轮最后一批）</translation>
    </message>

    <message>
        <source>More than 90% of this layer&apos;s ReLUs were 0 for every image of the window: it is dying.</source>
        <translation>该层超过 90% 的 ReLU 在窗口内的每张图像上都为 0：它正在死亡。</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::RankProcesses</name>

    <message>
        <source>rank %1 ended abnormally (its output is in the log)</source>
        <translation>%1 号进程异常结束（其输出见日志）</translation>
    </message>
    <message>
        <source>rank %1 ended with exit status %2 (its output is in the log)</source>
        <translation>%1 号进程以退出状态 %2 结束（其输出见日志）</translation>
    </message>
    <message>
        <source>rank %1 could not start %2: %3</source>
        <translation>%1 号进程无法启动 %2：%3</translation>
    </message>
</context>
<context>
    <name>allcnn::ui::ProcessesBox</name>

    <message>
        <source>Data-parallel training on this many processes of this machine: the workbench is the first and records the run, the others are allcnn CLI processes whose output goes to the log. The batch size is the batch of all of them together; with automatic CPU threads, each process gets its share of the cores. 1: this process alone</source>
        <translation>在本机的这么多个进程上进行数据并行训练：工作台是第一个进程并记录本次运行，其他进程是 allcnn 命令行进程，其输出写入日志。批大小是所有进程合计的批；CPU 线程为自动时，每个进程分得其份额的核心。1：仅本进程</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程数</translation>
    </message>
</context>
</TS>
